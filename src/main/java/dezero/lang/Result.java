package dezero.lang;

/**
 * What one evaluation printed: its output and its rendered errors (each text empty or ending
 * with a newline) and how it ended.
 */
public record Result(String out, String err, Status status) {

    /** How an evaluation ended; the CLI maps these to exit codes. */
    public enum Status {
        OK, SYNTAX_ERROR, RUNTIME_ERROR, FILE_ERROR;

        /** The status an error leads to. */
        public static Status of(LangError e) {
            if (e.kind() == LangError.Kind.SyntaxError) {
                return SYNTAX_ERROR;
            }
            return e.kind().isFileError() ? FILE_ERROR : RUNTIME_ERROR;
        }
    }

    /** A printer that collects into strings, for {@link Session#eval(String)} and tests. */
    static final class Collector implements Printer {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder err = new StringBuilder();

        @Override
        public void out(String text) {
            out.append(text).append('\n');
        }

        @Override
        public void error(LangError error) {
            err.append(ErrorRenderer.render(error)).append('\n');
        }

        Result result(Status status) {
            return new Result(out.toString(), err.toString(), status);
        }
    }
}

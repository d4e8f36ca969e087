package dezero.cli;

import dezero.lang.ErrorRenderer;
import dezero.lang.LangError;
import dezero.lang.Printer;
import dezero.lang.Span;
import java.io.PrintWriter;

/**
 * Prints a session's output to one stream and its errors to another, plainly (no terminal). A
 * write to the output that fails (the reader of a pipe went away, a full disk) stops the run, as
 * in Python: the command line then prints one line about it and exits with {@link Main#EXIT_OUTPUT}.
 */
final class StreamPrinter implements Printer {
    private final PrintWriter out;
    private final PrintWriter err;

    StreamPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void out(String text) {
        out.println(text);
        out.flush();
        if (out.checkError()) {
            throw new LangError(LangError.Kind.OSError, OUTPUT_FAILED, Span.NONE);
        }
    }

    @Override
    public void err(String text) {
        out.flush();
        err.println(text);
        err.flush();
    }

    /** The message of the error that stops a run whose output cannot be written. */
    static final String OUTPUT_FAILED = "standard output could not be written";

    @Override
    public void error(LangError error) {
        if (out.checkError()) {
            // The command line reports the failed output itself, in one line.
            return;
        }
        out.flush();
        err.println(ErrorRenderer.render(error));
        err.flush();
    }
}

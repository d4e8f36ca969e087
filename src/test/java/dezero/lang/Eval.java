package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the REPL tests ask of a line: its output when it must not fail, or the last line of its error. */
final class Eval {
    private Eval() {}

    /** The output of {@code line}, after checking it printed no error. */
    static String out(Session session, String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), () -> "unexpected error for " + line.substring(0, Math.min(200, line.length())));
        return r.out();
    }

    /** The last line of {@code line}'s error ({@code Kind: message}), after checking it printed nothing. */
    static String error(Session session, String line) {
        Result r = session.eval(line);
        assertEquals("", r.out(), () -> "unexpected output for " + line.substring(0, Math.min(200, line.length())));
        return lastLine(r.err());
    }

    /** The last line of a rendered error ({@code Kind: message}). */
    static String lastLine(String err) {
        String[] lines = err.split("\n");
        return lines[lines.length - 1];
    }
}

package dezero.repl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** Whether an output can show Unicode (the box drawing of {@code graph}), from its encoding. */
public final class Encodings {
    private Encodings() {}

    /** True for the UTF encodings; the locale's legacy charsets (ASCII, Latin-1) have no box drawing. */
    public static boolean isUnicode(Charset c) {
        return c != null && c.name().startsWith("UTF-");
    }

    /**
     * The encoding a terminal on standard output decodes: {@code stdout.encoding} (Java 19+), else
     * the locale's ({@code native.encoding}, Java 17+), else the default charset.
     */
    public static Charset stdoutCharset() {
        for (String key : new String[] {"stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(key);
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.US_ASCII;
                }
            }
        }
        return Charset.defaultCharset();
    }

    /**
     * Unicode for the command line's output: always when it goes to a file or a pipe (the CLI
     * writes UTF-8 there), on a terminal when stdout's encoding is a UTF one.
     */
    public static boolean unicodeOutput(boolean terminal) {
        return !terminal || isUnicode(stdoutCharset());
    }
}

package dezero.lang.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The process's standard input as {@code input()} reads it: UTF-8 lines, one reader for the whole run. */
final class StdinLines {
    private static BufferedReader reader;
    /** The stream {@link #reader} reads: a new {@code System.in} (a test's) gets a new reader. */
    private static java.io.InputStream source;

    private StdinLines() {}

    /** The next line without its line end, or null at the end of the input. */
    static synchronized String readLine() {
        if (reader == null || source != System.in) {
            source = System.in;
            reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8));
        }
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

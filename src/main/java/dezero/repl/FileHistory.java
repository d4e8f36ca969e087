package dezero.repl;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history file, minus its failure modes: a history file that cannot be read or written
 * (a directory, a read-only disk, a path through a regular file) would end the REPL with a stack
 * trace or log one at every line. Here the first failure leaves one warning for the loop to print,
 * and the history is then kept in memory only, for the rest of the session.
 */
final class FileHistory extends DefaultHistory {
    private final Path file;
    private boolean failed;
    private String warning;

    /** The history kept in {@code file}, which the reader must also name as its {@code HISTORY_FILE}. */
    FileHistory(Path file) {
        this.file = file;
    }

    @Override
    public void load() throws IOException {
        if (failed) {
            return;
        }
        try {
            super.load();
        } catch (IOException | RuntimeException e) {
            fail("cannot be read", e);
        }
    }

    @Override
    public void save() throws IOException {
        if (failed) {
            return;
        }
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            fail("cannot be written", e);
        }
    }

    /** The warning of the first failure, once; null before a failure and after it was taken. */
    String takeWarning() {
        String w = warning;
        warning = null;
        return w;
    }

    private void fail(String what, Exception e) {
        failed = true;
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String why = cause instanceof CharacterCodingException ? "it is not UTF-8 text" : cause.getMessage();
        warning = "warning: the history file " + file + " " + what + " (" + why
                + "); this session's lines are kept in memory only";
    }
}

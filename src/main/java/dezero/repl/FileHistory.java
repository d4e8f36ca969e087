package dezero.repl;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history file, minus its failure modes: a history file that cannot be read or written
 * (a directory, a read-only disk, a path through a regular file) would end the REPL with a stack
 * trace or log one at every line, and one that never ends ({@code /dev/zero}) or is huge would fill
 * the heap before the first prompt. Here such a file is not read; the first failure leaves one
 * warning for the loop to print, and the history is then kept in memory only, for the rest of the session.
 */
final class FileHistory extends DefaultHistory {
    /** The largest history file read: JLine keeps every line of it in memory. */
    static final long MAX_BYTES = 16L << 20;

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
        String unfit = unfit(file);
        if (unfit != null) {
            failed = true;
            warning = "warning: the history file " + file + " cannot be read (" + unfit
                    + "); this session's lines are kept in memory only";
            return;
        }
        try {
            super.load();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            fail("cannot be read", e);
        }
    }

    /**
     * Why a history file is not read at all, or null: one that is not a regular file ({@code /dev/zero},
     * a FIFO) may never end or never come, and one over {@link #MAX_BYTES} would fill the heap.
     */
    static String unfit(Path file) {
        try {
            if (!Files.exists(file) || Files.isDirectory(file)) {
                return null;
            }
            if (!Files.isRegularFile(file)) {
                return "it is not a regular file";
            }
            if (Files.size(file) > MAX_BYTES) {
                return "it is larger than " + (MAX_BYTES >> 20) + " MiB";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return why(e);
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

    private void fail(String what, Throwable e) {
        failed = true;
        warning = "warning: the history file " + file + " " + what + " (" + why(e)
                + "); this session's lines are kept in memory only";
    }

    /** What went wrong in words: the JDK's exceptions about files carry only the path as their message. */
    static String why(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (cause instanceof OutOfMemoryError) {
            return "it does not fit in memory";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

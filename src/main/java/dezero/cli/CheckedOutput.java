package dezero.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why its first write failed: a {@code PrintWriter} over it keeps
 * only that one did, and the command line must say which failure (the reader went away, the disk
 * is full) in Python's words.
 */
final class CheckedOutput extends FilterOutputStream {
    private volatile IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    /** The first failure, or null. */
    IOException failure() {
        return failure;
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * Python's line for a failed write to standard output: {@code BrokenPipeError: [Errno 32] Broken pipe}
     * when the reader went away, {@code OSError: [Errno 28] No space left on device} on a full disk.
     */
    static String pythonLine(IOException e) {
        String m = e == null || e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Broken pipe")) {
            return "BrokenPipeError: [Errno 32] Broken pipe";
        }
        if (m.contains("No space left on device")) {
            return "OSError: [Errno 28] No space left on device";
        }
        if (m.contains("Bad file descriptor")) {
            return "OSError: [Errno 9] Bad file descriptor";
        }
        if (m.contains("File too large")) {
            return "OSError: [Errno 27] File too large";
        }
        return "OSError: standard output could not be written" + (m.isEmpty() ? "" : ": " + m);
    }
}

package dezero.jupyter;

import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A cell's printed text on its way to iopub as {@code stream} messages: lines printed close
 * together go out as one message (a loop printing ten thousand lines is not ten thousand
 * messages), and none waits longer than {@link #FLUSH_MILLIS}, as ipykernel's output stream does.
 */
final class StreamBuffer {
    /** The longest a printed line waits before it is sent. */
    static final long FLUSH_MILLIS = 50;
    /** Text of this many chars goes out at once. */
    private static final int MAX_CHARS = 64 * 1024;

    private final Iopub iopub;
    private final ScheduledExecutorService timer;
    /** Jupyter's name of the stream: {@code stdout} or {@code stderr}. */
    private final String name;
    private final StringBuilder pending = new StringBuilder();
    private Message parent;
    private boolean scheduled;

    StreamBuffer(Iopub iopub, ScheduledExecutorService timer, String name) {
        this.iopub = iopub;
        this.timer = timer;
        this.name = name;
    }

    /** Adds {@code text} printed by the cell of {@code request}. */
    synchronized void append(Message request, String text) {
        if (parent != request) {
            flush();
            parent = request;
        }
        pending.append(text);
        if (pending.length() >= MAX_CHARS) {
            flush();
        } else if (!scheduled) {
            try {
                timer.schedule(this::flushOnTime, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                scheduled = true;
            } catch (RejectedExecutionException e) {
                // The kernel is closing: send now rather than never.
                flush();
            }
        }
    }

    /** Sends what is pending now (before a picture, an error, the end of the cell). */
    synchronized void flush() {
        if (pending.length() > 0) {
            iopub.publish(parent, "stream", Map.of("name", name, "text", pending.toString()));
            pending.setLength(0);
        }
    }

    private synchronized void flushOnTime() {
        scheduled = false;
        flush();
    }
}

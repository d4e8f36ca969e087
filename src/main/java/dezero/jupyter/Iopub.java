package dezero.jupyter;

import java.util.List;
import java.util.Map;
import org.zeromq.ZMQ;

/**
 * The iopub channel: what the kernel publishes to every client (status, inputs, outputs), each
 * message a child of the request that caused it. Shell, control and the cell's thread all
 * publish, so sending is serialised here (a ZeroMQ socket is not thread-safe).
 */
final class Iopub {
    private final ZMQ.Socket socket;
    private final Signer signer;
    private final String session;

    Iopub(ZMQ.Socket socket, Signer signer, String session) {
        this.socket = socket;
        this.signer = signer;
        this.session = session;
    }

    /** Publishes a message of {@code type} with {@code parent}'s header as parent (none if null). */
    void publish(Message parent, String type, Map<String, Object> content) {
        Message m = new Message(List.of(), Message.header(type, session),
                parent == null ? Map.of() : parent.header(), Map.of(), content);
        List<byte[]> frames = m.encode(signer, "kernel." + type);
        synchronized (this) {
            Wire.send(socket, frames);
        }
    }

    /** {@code status}: busy, idle or starting. */
    void status(Message parent, String state) {
        publish(parent, "status", Map.of("execution_state", state));
    }
}

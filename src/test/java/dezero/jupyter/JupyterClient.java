package dezero.jupyter;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter client for tests, as jupyter_client is one: DEALER sockets on shell and control, a SUB
 * on iopub, a REQ on the heartbeat, every message signed with the connection's key.
 */
final class JupyterClient implements AutoCloseable {
    static final int TIMEOUT_MILLIS = 60_000;

    final ConnectionFile connection;
    final Signer signer;
    private final String session = UUID.randomUUID().toString();
    private final ZContext zmq = new ZContext();
    final ZMQ.Socket shell;
    final ZMQ.Socket control;
    final ZMQ.Socket iopub;
    final ZMQ.Socket heartbeat;

    JupyterClient(ConnectionFile connection) {
        this.connection = connection;
        this.signer = new Signer(connection.signatureScheme(), connection.key());
        shell = connect(SocketType.DEALER, connection.shellPort());
        control = connect(SocketType.DEALER, connection.controlPort());
        heartbeat = connect(SocketType.REQ, connection.hbPort());
        iopub = connect(SocketType.SUB, connection.iopubPort());
        iopub.subscribe(new byte[0]);
    }

    /** A connection on free ports of 127.0.0.1 with a fresh key, as a client writes one. */
    static ConnectionFile freshConnection() throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return new ConnectionFile("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                UUID.randomUUID().toString(), "hmac-sha256");
    }

    private ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket s = zmq.createSocket(type);
        s.setLinger(0);
        s.setReceiveTimeOut(TIMEOUT_MILLIS);
        s.connect(connection.endpoint(port));
        return s;
    }

    /** A request of {@code type} from this client. */
    Message request(String type, Map<String, Object> content) {
        return new Message(List.of(), Message.header(type, session), Map.of(), Map.of(), content);
    }

    /** Sends {@code m} signed with the connection's key; returns it. */
    Message send(ZMQ.Socket socket, Message m) {
        Wire.send(socket, m.encode(signer, null));
        return m;
    }

    /** The next message on {@code socket}, checked against the key; null after {@code timeoutMillis}. */
    Message receive(ZMQ.Socket socket, int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        List<byte[]> frames = Wire.receive(socket);
        return frames == null ? null : Message.decode(frames, signer);
    }

    /** The reply on {@code socket} to {@code request}, skipping replies to earlier requests. */
    Message reply(ZMQ.Socket socket, Message request) {
        while (true) {
            Message m = receive(socket, TIMEOUT_MILLIS);
            if (m == null) {
                throw new AssertionError("no reply to " + request.type() + " within " + TIMEOUT_MILLIS + " ms");
            }
            if (m.parentHeader().get("msg_id").equals(request.header().get("msg_id"))) {
                return m;
            }
        }
    }

    /** The iopub messages caused by {@code request}, up to and including its {@code status: idle}. */
    List<Message> iopubUntilIdle(Message request) {
        List<Message> seen = new ArrayList<>();
        while (true) {
            Message m = receive(iopub, TIMEOUT_MILLIS);
            if (m == null) {
                throw new AssertionError("no idle on iopub for " + request.type() + "; saw " + types(seen));
            }
            if (!request.header().get("msg_id").equals(m.parentHeader().get("msg_id"))) {
                continue;
            }
            seen.add(m);
            if (m.type().equals("status") && "idle".equals(m.content().get("execution_state"))) {
                return seen;
            }
        }
    }

    /** Waits until iopub delivers (a SUB socket misses what is published before it is connected). */
    void waitForIopub() {
        for (int attempt = 0; attempt < 100; attempt++) {
            Message info = send(shell, request("kernel_info_request", Map.of()));
            reply(shell, info);
            Message m = receive(iopub, 200);
            if (m != null) {
                iopubUntilIdleAfter(m, info);
                return;
            }
        }
        throw new AssertionError("iopub never delivered");
    }

    private void iopubUntilIdleAfter(Message first, Message request) {
        Message m = first;
        while (m != null && !(m.type().equals("status") && "idle".equals(m.content().get("execution_state"))
                && request.header().get("msg_id").equals(m.parentHeader().get("msg_id")))) {
            m = receive(iopub, 1000);
        }
    }

    /** An execute_request for {@code code}. */
    Message execute(String code) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", code);
        content.put("silent", false);
        content.put("store_history", true);
        content.put("user_expressions", Map.of());
        content.put("allow_stdin", false);
        content.put("stop_on_error", true);
        return send(shell, request("execute_request", content));
    }

    /** The messages' types (a status with its state); consecutive streams count as one, as the kernel may join them. */
    static List<String> types(List<Message> messages) {
        List<String> types = new ArrayList<>();
        for (Message m : messages) {
            String type = m.type().equals("status") ? "status:" + m.content().get("execution_state") : m.type();
            if (!(type.equals("stream") && !types.isEmpty() && types.get(types.size() - 1).equals("stream"))) {
                types.add(type);
            }
        }
        return types;
    }

    /** The text of the {@code stream} messages among {@code messages}, joined. */
    static String stdout(List<Message> messages) {
        StringBuilder sb = new StringBuilder();
        for (Message m : messages) {
            if (m.type().equals("stream")) {
                sb.append(m.content().get("text"));
            }
        }
        return sb.toString();
    }

    /** The text/plain of the execute_result messages, one per line. */
    static String results(List<Message> messages) {
        StringBuilder sb = new StringBuilder();
        for (Message m : messages) {
            if (m.type().equals("execute_result")) {
                sb.append(((Map<?, ?>) m.content().get("data")).get("text/plain")).append('\n');
            }
        }
        return sb.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        zmq.close();
    }
}

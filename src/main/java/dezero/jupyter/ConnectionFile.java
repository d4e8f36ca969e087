package dezero.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a Jupyter client tells the kernel in its connection file: where to bind the five sockets
 * and the key and scheme that sign every message.
 */
public record ConnectionFile(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
        int controlPort, int hbPort, String key, String signatureScheme) {

    /** Reads and checks the file a client wrote (its ports, address, key and scheme). */
    public static ConnectionFile read(Path file) throws IOException {
        return of(Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** The connection described by a parsed connection file. */
    public static ConnectionFile of(Map<String, Object> json) {
        String transport = string(json, "transport", "tcp");
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            throw new IllegalArgumentException("unknown transport '" + transport + "' (tcp or ipc)");
        }
        return new ConnectionFile(transport, string(json, "ip", "127.0.0.1"), port(json, "shell_port"),
                port(json, "iopub_port"), port(json, "stdin_port"), port(json, "control_port"), port(json, "hb_port"),
                string(json, "key", ""), string(json, "signature_scheme", "hmac-sha256"));
    }

    /** The ZeroMQ endpoint for {@code port}: {@code tcp://IP:PORT}, or {@code ipc://IP-PORT} as jupyter_client names it. */
    public String endpoint(int port) {
        return transport.equals("tcp") ? "tcp://" + ip + ":" + port : "ipc://" + ip + "-" + port;
    }

    /** This connection as a connection file's JSON (what a client writes). */
    public Map<String, Object> toJson() {
        return Map.of("transport", transport, "ip", ip, "shell_port", (long) shellPort, "iopub_port", (long) iopubPort,
                "stdin_port", (long) stdinPort, "control_port", (long) controlPort, "hb_port", (long) hbPort,
                "key", key, "signature_scheme", signatureScheme);
    }

    private static String string(Map<String, Object> json, String name, String fallback) {
        Object v = json.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("'" + name + "' must be a string, got " + v);
        }
        return s;
    }

    private static int port(Map<String, Object> json, String name) {
        Object v = json.get(name);
        if (!(v instanceof Long l) || l <= 0 || l > 65535) {
            throw new IllegalArgumentException("'" + name + "' must be a port number (1-65535), got " + v);
        }
        return l.intValue();
    }
}

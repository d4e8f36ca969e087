package dezero.jupyter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message of the Jupyter protocol (5.3) and its wire form: the routing identities, the
 * {@code <IDS|MSG>} delimiter, the signature, then header, parent header, metadata and content as
 * JSON, then binary buffers.
 */
public record Message(List<byte[]> identities, Map<String, Object> header, Map<String, Object> parentHeader,
        Map<String, Object> metadata, Map<String, Object> content) {

    /** The protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** Frames whose signature does not match: the message is dropped unread. */
    public static final class BadSignatureException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadSignatureException() {
            super("bad signature");
        }
    }

    /** Frames that are not a Jupyter message (no delimiter, too few frames, a part that is not a JSON object). */
    public static final class MalformedMessageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedMessageException(String why) {
            super(why);
        }
    }

    /** A new message of {@code type} from {@code session} (no parent, no identities). */
    public static Message create(String type, String session, Map<String, Object> content) {
        return new Message(List.of(), header(type, session), Map.of(), Map.of(), content);
    }

    /** A new header: a fresh id, this session, the time now, the type and the protocol version. */
    public static Map<String, Object> header(String type, String session) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("msg_id", UUID.randomUUID().toString());
        h.put("session", session);
        h.put("username", "dezero");
        h.put("date", Instant.now().toString());
        h.put("msg_type", type);
        h.put("version", PROTOCOL_VERSION);
        return h;
    }

    /** The message type from the header ({@code execute_request} ...), or "" when absent. */
    public String type() {
        return header.get("msg_type") instanceof String s ? s : "";
    }

    /** A message of {@code type} answering this one: same identities, this header as parent. */
    public Message reply(String type, String session, Map<String, Object> content) {
        return new Message(identities, header(type, session), header, Map.of(), content);
    }

    /** Reads a message off the wire, checking its signature before anything is parsed. */
    public static Message decode(List<byte[]> frames, Signer signer) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new MalformedMessageException("not a Jupyter message (" + frames.size() + " frames)");
        }
        List<byte[]> signed = frames.subList(delimiter + 2, delimiter + 6);
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        if (!signer.verify(signature, signed)) {
            throw new BadSignatureException();
        }
        return new Message(List.copyOf(frames.subList(0, delimiter)), object(signed.get(0)), object(signed.get(1)),
                object(signed.get(2)), object(signed.get(3)));
    }

    /** The wire frames, signed; a message with no identities goes out under {@code topic} (for iopub). */
    public List<byte[]> encode(Signer signer, String topic) {
        List<byte[]> signed = List.of(utf8(Json.write(header)), utf8(Json.write(parentHeader)),
                utf8(Json.write(metadata)), utf8(Json.write(content)));
        List<byte[]> frames = new ArrayList<>(identities);
        if (frames.isEmpty() && topic != null) {
            frames.add(utf8(topic));
        }
        frames.add(DELIMITER);
        frames.add(signer.sign(signed).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(signed);
        return frames;
    }

    private static Map<String, Object> object(byte[] frame) {
        try {
            return Json.parseObject(new String(frame, StandardCharsets.UTF_8));
        } catch (Json.JsonException | StackOverflowError e) {
            throw new MalformedMessageException("a part is not a JSON object: " + e.getMessage());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

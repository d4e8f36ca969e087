package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signatures as Jupyter computes them: the HMAC of header, parent header, metadata and content. */
class SignerTest {
    private static final String KEY = "a0436f6c-1916-498b-8eb9-e81ab9368e84";
    private static final List<byte[]> FRAMES = List.of(bytes("{\"msg_id\":\"1\",\"msg_type\":\"execute_request\"}"),
            bytes("{}"), bytes("{}"), bytes("{\"code\":\"1 + 1\"}"));

    // Python: h = hmac.new(KEY.encode(), digestmod=hashlib.sha256 | sha1 | sha512);
    //         for f in FRAMES: h.update(f); print(h.hexdigest())
    @ParameterizedTest
    @CsvSource({
        "hmac-sha256, 9e3efa71e84f2cd443300aec34073a4d9686475f5fd460db030b795288435ded",
        "hmac-sha1, 9677f24caad80df5f568c0636e4b8d18e11b0cf2",
        "hmac-sha512, 92c3ff5dc667be3f4ac59901a84a343d7b67bc4404bcd3bf4c449d039049f701"
            + "c2dceadb98fedbefec284907b342de8a963202ed688bb19a0fd6c64f4e9f79f8"})
    void signsAsPythonsHmac(String scheme, String expected) {
        Signer signer = new Signer(scheme, KEY);
        assertEquals(expected, signer.sign(FRAMES));
        assertTrue(signer.verify(expected, FRAMES));
    }

    @Test
    void jupyterClientsSessionSignsTheSame() {
        // /usr/bin/python3: Session(key=b'k', signature_scheme='hmac-sha256').sign([b'{"a":1}', b'{}', b'{}', b'{}'])
        assertEquals("df48333744c93a068698742b5d4af647d20e4e71a5a8e2e117cb18a59072bfa2", new Signer("hmac-sha256", "k")
                .sign(List.of(bytes("{\"a\":1}"), bytes("{}"), bytes("{}"), bytes("{}"))));
    }

    @Test
    void aChangedFrameOrKeyFailsVerification() {
        Signer signer = new Signer("hmac-sha256", KEY);
        String good = signer.sign(FRAMES);
        List<byte[]> changed = new ArrayList<>(FRAMES);
        changed.set(3, bytes("{\"code\":\"1 + 2\"}"));
        assertFalse(signer.verify(good, changed));
        assertFalse(new Signer("hmac-sha256", "other").verify(good, FRAMES));
        assertFalse(signer.verify("", FRAMES));
    }

    @Test
    void anEmptyKeySignsNothingAndChecksNothing() {
        Signer none = new Signer("hmac-sha256", "");
        assertEquals("", none.sign(FRAMES));
        assertTrue(none.verify("", FRAMES));
    }

    @Test
    void anUnknownSchemeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Signer("hmac-md5", KEY));
        assertTrue(e.getMessage().contains("hmac-md5"), e.getMessage());
    }

    @Test
    void decodeChecksTheSignatureBeforeReadingAndRoundTrips() {
        Signer signer = new Signer("hmac-sha256", KEY);
        Message m = Message.create("execute_request", "s", Map.of("code", "x = 1"));
        List<byte[]> frames = new ArrayList<>(List.of(bytes("id")));
        frames.addAll(m.encode(signer, null));
        Message back = Message.decode(frames, signer);
        assertEquals(m.header(), back.header());
        assertEquals(m.content(), back.content());
        assertEquals("id", new String(back.identities().get(0), StandardCharsets.UTF_8));

        frames.set(frames.size() - 1, bytes("{\"code\":\"forged\"}"));
        assertThrows(Message.BadSignatureException.class, () -> Message.decode(frames, signer));
        assertThrows(Message.MalformedMessageException.class, () -> Message.decode(List.of(bytes("x")), signer));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

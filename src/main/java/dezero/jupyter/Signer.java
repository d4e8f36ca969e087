package dezero.jupyter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages as the protocol says: the hex HMAC of the header, parent header,
 * metadata and content frames, with the connection file's key and scheme. An empty key means
 * no signing (the signature frame is empty and not checked), as in jupyter_client.
 */
public final class Signer {
    private final String algorithm;
    private final byte[] key;

    /**
     * @param scheme {@code hmac-sha256} (Jupyter's default), {@code hmac-sha1} or {@code hmac-sha512}
     * @param key the connection file's key; empty to sign nothing
     */
    public Signer(String scheme, String key) {
        this.algorithm = switch (scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha1" -> "HmacSHA1";
            case "hmac-sha512" -> "HmacSHA512";
            default -> throw new IllegalArgumentException("unsupported signature_scheme '" + scheme
                    + "' (hmac-sha256, hmac-sha1 or hmac-sha512)");
        };
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of the four frames, in lower-case hex; empty without a key. */
    public String sign(List<byte[]> frames) {
        if (key.length == 0) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            for (byte[] f : frames) {
                mac.update(f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this Java has no " + algorithm, e);
        }
    }

    /** True when {@code signature} is the frames' signature (compared in constant time), or when there is no key. */
    public boolean verify(String signature, List<byte[]> frames) {
        if (key.length == 0) {
            return true;
        }
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

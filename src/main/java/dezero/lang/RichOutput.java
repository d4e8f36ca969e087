package dezero.lang;

import java.util.Arrays;
import java.util.Objects;

/**
 * Something to show richly where the front end can (a notebook shows the picture) and as text
 * where it cannot: a figure or a graph as {@code image/png} bytes, a table as {@code text/html}.
 *
 * @param text what a terminal prints instead, as {@link Printer#out} takes it
 * @param mimeType the rich form's MIME type, e.g. {@code image/png} or {@code text/html}
 * @param bytes the rich form (UTF-8 text for {@code text/*} types)
 */
public record RichOutput(String text, String mimeType, byte[] bytes) {
    public RichOutput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mimeType, "mimeType");
        bytes = bytes.clone();
    }

    /** The rich form's bytes (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichOutput r && text.equals(r.text) && mimeType.equals(r.mimeType)
                && Arrays.equals(bytes, r.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, mimeType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "RichOutput[" + mimeType + ", " + bytes.length + " bytes, text=" + text + "]";
    }
}

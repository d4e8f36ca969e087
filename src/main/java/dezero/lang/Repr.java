package dezero.lang;

/** Layout of echoed values: a multi-line repr sits under the {@code name = } that introduces it. */
public final class Repr {
    private Repr() {}

    /** Indents every line after the first by {@code width} spaces, to sit under a prefix. */
    public static String indentContinuation(String text, int width) {
        return text.replace("\n", "\n" + " ".repeat(width));
    }
}

package dezero.lang;

/**
 * How a line typed by the user is shown back under an error: control characters escaped as
 * Python's {@code repr} writes them ({@code \x1b}), so a pasted escape sequence cannot drive the
 * terminal, and each character's width in terminal columns, so the caret lands under wide (CJK)
 * and combining characters.
 */
final class EchoText {
    private EchoText() {}

    /** The code point as shown: itself, or an escape for a control or a bidirectional-format character. */
    static String shown(int cp) {
        if (cp == '\t') {
            return "\t";
        }
        if (Character.isISOControl(cp)) {
            return String.format("\\x%02x", cp);
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
        }
        return new String(Character.toChars(cp));
    }

    /** {@code text} with each character {@link #shown shown}; line breaks stay line breaks. */
    static String shown(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(cp == '\n' ? "\n" : shown(cp)));
        return sb.toString();
    }

    /** The columns the shown form of {@code cp} takes on a terminal. */
    static int width(int cp) {
        String s = shown(cp);
        if (s.length() > 1 && s.charAt(0) == '\\') {
            return s.length();
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian wide and fullwidth characters (Unicode's EastAsianWidth W and F), and the emoji blocks. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115f
                || cp >= 0x2e80 && cp <= 0x303e
                || cp >= 0x3041 && cp <= 0x33ff
                || cp >= 0x3400 && cp <= 0x4dbf
                || cp >= 0x4e00 && cp <= 0x9fff
                || cp >= 0xa000 && cp <= 0xa4cf
                || cp >= 0xac00 && cp <= 0xd7a3
                || cp >= 0xf900 && cp <= 0xfaff
                || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60
                || cp >= 0xffe0 && cp <= 0xffe6
                || cp >= 0x1f300 && cp <= 0x1f64f
                || cp >= 0x1f900 && cp <= 0x1f9ff
                || cp >= 0x20000 && cp <= 0x3fffd);
    }
}

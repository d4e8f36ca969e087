package dezero.lang;

import java.text.Normalizer;

/**
 * What a name is, as in Python: letters of any alphabet and {@code _}, then also digits and
 * combining marks; two names are the same when their NFKC normal forms are ({@code ﬁ} is
 * {@code fi}, {@code e} with a combining acute is {@code é}, full-width letters are ASCII ones).
 */
final class Identifiers {
    private Identifiers() {}

    static boolean isStart(int cp) {
        return cp == '_' || Character.isLetter(cp);
    }

    static boolean isPart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** The name a source text stands for: its NFKC normal form (ASCII text is already normal). */
    static String normalize(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** A character as an error message shows it: itself, or {@code \\u0000} for controls and blanks. */
    static String printable(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) ? "\\u" + String.format("%04x", cp)
                : new String(Character.toChars(cp));
    }
}

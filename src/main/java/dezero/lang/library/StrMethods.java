package dezero.lang.library;

import dezero.lang.runtime.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's str methods as CPython 3.11 runs them (Objects/unicodeobject.c, Objects/stringlib),
 * on Java strings: indices count code points, as Python's do; {@code null} stands for None in
 * optional arguments ({@code sep}, {@code chars}, {@code start}, {@code end}).
 * <pre>{@code StrMethods.split("a  b ", null, -1)  // ["a", "b"]}</pre>
 */
public final class StrMethods {

    private StrMethods() { }

    // ---- repr ---------------------------------------------------------------------------

    /** Python's {@code repr(str)}: quotes chosen as Python does, escapes for non-printable characters. */
    public static String repr(String s) {
        boolean single = s.indexOf('\'') >= 0;
        char quote = single && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int c : Text.codePoints(s)) {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                escape(out, c);
            } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                escape(out, c);
            }
        }
        return out.append(quote).toString();
    }

    /** Escapes every non-ASCII character of a repr text as {@code \xhh}, {@code \}{@code uhhhh} or {@code \Uhhhhhhhh}: Python's {@code ascii()}. */
    public static String asciiEscape(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        for (int c : Text.codePoints(repr)) {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                escape(out, c);
            }
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, int c) {
        String hex = Integer.toHexString(c);
        if (c <= 0xff) {
            out.append("\\x").append("0".repeat(2 - hex.length()));
        } else if (c <= 0xffff) {
            out.append("\\u").append("0".repeat(4 - hex.length()));
        } else {
            out.append("\\U").append("0".repeat(8 - hex.length()));
        }
        out.append(hex);
    }

    /** Python's str.isprintable for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ---- character classes ------------------------------------------------------------

    /** Python's whitespace (str.isspace, str.split()): bidirectional WS, B, S or category Zs. */
    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static boolean isLineBreak(int c) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isDecimalChar(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Python's digits that are not decimal (Numeric_Type=Digit: superscripts, circled digits), as ranges. */
    private static final int[] DIGIT_RANGES = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
        0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
        0x1f100, 0x1f10a,
    };

    /** Ideographs Python counts as numeric (Unihan numeric values) though their category is Lo. */
    private static final int[] NUMERIC_IDEOGRAPHS = {
        0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf,
        0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c,
        0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3,
        0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd,
        0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
        0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
    };

    private static boolean isDigitChar(int c) {
        if (isDecimalChar(c)) {
            return true;
        }
        for (int i = 0; i < DIGIT_RANGES.length && DIGIT_RANGES[i] <= c; i += 2) {
            if (c <= DIGIT_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumericChar(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || java.util.Arrays.binarySearch(NUMERIC_IDEOGRAPHS, c) >= 0;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCaseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x387 || c == 0x2018
                    || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52 || c == 0xfe55
                    || c == 0xff07 || c == 0xff0e || c == 0xff1a;
        };
    }

    /** Python's str.isprintable (true for the empty string). */
    public static boolean isprintable(String s) {
        return s.codePoints().allMatch(StrMethods::isPrintable);
    }

    /** Python's str.isspace. */
    public static boolean isspace(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(StrMethods::isSpace);
    }

    /** Python's str.isdigit. */
    public static boolean isdigit(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(StrMethods::isDigitChar);
    }

    /** Python's str.isdecimal. */
    public static boolean isdecimal(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(StrMethods::isDecimalChar);
    }

    /** Python's str.isnumeric. */
    public static boolean isnumeric(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(StrMethods::isNumericChar);
    }

    /** Python's str.isalpha. */
    public static boolean isalpha(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
    }

    /** Python's str.isalnum. */
    public static boolean isalnum(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.isLetter(c) || isNumericChar(c));
    }

    /** Python's str.isupper: some cased character and none lower or title case. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int c : Text.codePoints(s)) {
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    /** Python's str.islower: some cased character and none upper or title case. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int c : Text.codePoints(s)) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
        }
        return cased;
    }

    /** Python's str.isascii: every character below U+0080 (the empty string too). */
    public static boolean isascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python's str.isidentifier: a letter-like first character (XID_Start, or '_') and then
     * letters, digits and joining marks (XID_Continue); keywords are identifiers too. Java's
     * identifier classes are Unicode's ID_Start and ID_Continue (plus the ignorable controls and
     * format characters, left out here); the XID forms drop the few characters whose NFKC form
     * is not itself an identifier.
     */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int[] cps = Text.codePoints(s);
        if (!isIdentifierStart(cps[0])) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!isIdentifierContinue(cps[i])) {
                return false;
            }
        }
        return true;
    }

    /** ID_Start characters that are not XID_Start (Unicode's DerivedCoreProperties), sorted. */
    private static final int[] NOT_XID_START = {0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60,
        0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e,
        0xff9e, 0xff9f};
    /** ID_Continue characters that are not XID_Continue, sorted. */
    private static final int[] NOT_XID_CONTINUE = {0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61,
        0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e};

    private static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c) && Arrays.binarySearch(NOT_XID_START, c) < 0;
    }

    private static boolean isIdentifierContinue(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                && Arrays.binarySearch(NOT_XID_CONTINUE, c) < 0 || isIdentifierStart(c);
    }

    /** Python's str.istitle: cased characters only upper/title case after uncased ones, lower case after cased ones. */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : Text.codePoints(s)) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---- case ---------------------------------------------------------------------------

    /** Python's str.upper (full case mapping: 'ß' becomes 'SS'). */
    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Python's str.lower (a capital sigma at the end of a word becomes 'ς'). */
    public static String lower(String s) {
        if (s.indexOf('Σ') < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        int[] cps = Text.codePoints(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            out.append(lowerAt(cps, i));
        }
        return out.toString();
    }

    /** The lower-case mapping of the i-th character, with Python's final-sigma rule. */
    private static String lowerAt(int[] cps, int i) {
        if (cps[i] == 0x3a3) {
            return finalSigma(cps, i) ? "ς" : "σ";
        }
        return new String(Character.toChars(cps[i])).toLowerCase(Locale.ROOT);
    }

    /**
     * Python's str.casefold, character by character (no final-sigma rule: 'Σ' folds to 'σ'):
     * the lower-case mapping of the full upper-case one ('ß' to "ss", 'ſ' to "s", 'ς' to "σ"),
     * which is Unicode's full case folding except for Cherokee, whose letters fold to their upper
     * case, the dotless 'ı', which folds to itself, and the capital sharp s 'ẞ', which folds to
     * "ss" where lower-casing 'SS' would not apply.
     */
    public static String casefold(String s) {
        if (isascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
            if (c == 0x131) {
                out.appendCodePoint(c);
            } else if (c == 0x1e9e) {
                out.append("ss");
            } else if (c >= 0x13a0 && c <= 0x13fd || c >= 0xab70 && c <= 0xabbf) {
                out.append(upper);
            } else {
                out.append(upper.toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** Python's str.swapcase: upper case to lower, lower case to upper (full mappings). */
    public static String swapcase(String s) {
        int[] cps = Text.codePoints(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isUpperCase(c)) {
                out.append(lowerAt(cps, i));
            } else if (Character.isLowerCase(c)) {
                out.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Python's str.capitalize: the first character title-cased, the rest lower-cased. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int[] cps = Text.codePoints(s);
        StringBuilder out = new StringBuilder(s.length()).append(titleOf(cps[0]));
        for (int i = 1; i < cps.length; i++) {
            out.append(lowerAt(cps, i));
        }
        return out.toString();
    }

    /** Python's str.title: a cased character after an uncased one is title-cased, others lower-cased. */
    public static String title(String s) {
        int[] cps = Text.codePoints(s);
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!previousCased) {
                out.append(titleOf(c));
            } else {
                out.append(lowerAt(cps, i));
            }
            previousCased = isCased(c);
        }
        return out.toString();
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !isCased(cps[j]);
    }

    /**
     * The full title-case mapping of one character (SpecialCasing.txt): the simple one where it
     * exists ('ǆ' to 'ǅ', 'ᾀ' to 'ᾈ'), a ligature's first letter upper and the rest lower ('ß' to
     * "Ss", 'ﬁ' to "Fi"), a Greek letter with iota subscript keeping it ('ᾲ' to "Ὰͅ"), otherwise
     * the full upper-case mapping ('ŉ' to "ʼN").
     */
    private static String titleOf(int c) {
        int title = Character.toTitleCase(c);
        String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (title != c || Character.isTitleCase(c) || upper.codePointCount(0, upper.length()) == 1) {
            return new String(Character.toChars(title));
        }
        if (c == 0xdf || c == 0x587 || (c >= 0xfb00 && c <= 0xfb17)) {
            int first = Character.charCount(upper.codePointAt(0));
            return upper.substring(0, first) + upper.substring(first).toLowerCase(Locale.ROOT);
        }
        if (c >= 0x1f00 && c <= 0x1fff && upper.endsWith("Ι")) {
            return upper.substring(0, upper.length() - 1) + "\u0345";
        }
        return upper;
    }

    // ---- padding ------------------------------------------------------------------------

    /** Python's str.zfill: zeros after a leading sign up to width code points. */
    public static String zfill(String s, long width) {
        long length = s.codePointCount(0, s.length());
        if (length >= width) {
            return s;
        }
        int sign = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        return s.substring(0, sign) + "0".repeat((int) (width - length)) + s.substring(sign);
    }

    /** Python's str.center(width, fill); an odd margin puts the extra fill on the left when width is odd. */
    public static String center(String s, long width, String fill) {
        int fillChar = fillChar(fill);
        long margin = width - s.codePointCount(0, s.length());
        if (margin <= 0) {
            return s;
        }
        long left = margin / 2 + (margin & width & 1);
        return pad(s, left, margin - left, fillChar);
    }

    /** Python's str.ljust(width, fill). */
    public static String ljust(String s, long width, String fill) {
        int fillChar = fillChar(fill);
        return pad(s, 0, Math.max(0, width - s.codePointCount(0, s.length())), fillChar);
    }

    /** Python's str.rjust(width, fill). */
    public static String rjust(String s, long width, String fill) {
        int fillChar = fillChar(fill);
        return pad(s, Math.max(0, width - s.codePointCount(0, s.length())), 0, fillChar);
    }

    private static int fillChar(String fill) {
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw FormatError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String pad(String s, long left, long right, int fill) {
        StringBuilder out = new StringBuilder();
        for (long i = 0; i < left; i++) {
            out.appendCodePoint(fill);
        }
        out.append(s);
        for (long i = 0; i < right; i++) {
            out.appendCodePoint(fill);
        }
        return out.toString();
    }

    /** Python's str.expandtabs(tabsize): tabs to spaces up to the next multiple of tabsize; \\n and \\r restart the column. */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder out = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    column += spaces;
                    out.append(" ".repeat((int) spaces));
                }
                continue;
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
            out.append(c);
            if (c == '\n' || c == '\r') {
                column = 0;
            }
        }
        return out.toString();
    }

    /** Python's str.removeprefix. */
    public static String removeprefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** Python's str.removesuffix. */
    public static String removesuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    // ---- strip, split, join ---------------------------------------------------------------

    /** Python's str.strip(chars); chars null strips whitespace. */
    public static String strip(String s, String chars) {
        return rstrip(lstrip(s, chars), chars);
    }

    /** Python's str.lstrip(chars). */
    public static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && stripped(s.codePointAt(i), chars)) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** Python's str.rstrip(chars). */
    public static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && stripped(s.codePointBefore(end), chars)) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }

    private static boolean stripped(int c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    /** Python's str.split(sep, maxsplit); sep null splits on runs of whitespace, maxsplit &lt; 0 means no limit. */
    public static List<String> split(String s, String sep, long maxsplit) {
        long count = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> parts = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (count-- > 0) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i++;
                while (i < n && !isSpace(s.charAt(i))) {
                    i++;
                }
                parts.add(s.substring(j, i));
            }
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i < n) {
                parts.add(s.substring(i));
            }
            return parts;
        }
        checkSeparator(sep);
        int i = 0;
        while (count-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            parts.add(s.substring(i, j));
            i = j + sep.length();
        }
        parts.add(s.substring(i));
        return parts;
    }

    /** Python's str.rsplit(sep, maxsplit): splits from the right. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        long count = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> parts = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (count-- > 0) {
                while (i >= 0 && isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i--;
                while (i >= 0 && !isSpace(s.charAt(i))) {
                    i--;
                }
                parts.add(s.substring(i + 1, j + 1));
            }
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                parts.add(s.substring(0, i + 1));
            }
        } else {
            checkSeparator(sep);
            int j = s.length();
            while (count-- > 0) {
                int pos = j - sep.length() < 0 ? -1 : s.lastIndexOf(sep, j - sep.length());
                if (pos < 0) {
                    break;
                }
                parts.add(s.substring(pos + sep.length(), j));
                j = pos;
            }
            parts.add(s.substring(0, j));
        }
        Collections.reverse(parts);
        return parts;
    }

    private static void checkSeparator(String sep) {
        if (sep.isEmpty()) {
            throw FormatError.valueError("empty separator");
        }
    }

    /** Python's str.splitlines(keepends): \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029 end lines. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> lines = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            lines.add(s.substring(j, eol));
        }
        return lines;
    }

    /** Python's str.partition(sep): [head, sep, tail], or [s, "", ""] when sep is absent. */
    public static List<String> partition(String s, String sep) {
        checkSeparator(sep);
        int i = s.indexOf(sep);
        return i < 0 ? List.of(s, "", "") : List.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** Python's str.rpartition(sep): [head, sep, tail], or ["", "", s] when sep is absent. */
    public static List<String> rpartition(String s, String sep) {
        checkSeparator(sep);
        int i = s.lastIndexOf(sep);
        return i < 0 ? List.of("", "", s) : List.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    /** Python's sep.join(items); TypeError "sequence item 1: expected str instance, int found". */
    public static String join(String sep, List<?> items, ValueText t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof String text)) {
                throw FormatError.typeError("sequence item " + i + ": expected str instance, "
                        + ValueText.typeNameOf(item, t) + " found");
            }
            if (i > 0) {
                out.append(sep);
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Python's str.replace(old, new, count); count &lt; 0 replaces all, an empty old inserts between characters. */
    public static String replace(String s, String old, String replacement, long count) {
        long limit = count < 0 ? Long.MAX_VALUE : count;
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            while (i <= s.length() && limit-- > 0) {
                out.append(replacement);
                if (i == s.length()) {
                    return out.toString();
                }
                int next = i + Character.charCount(s.codePointAt(i));
                out.append(s, i, next);
                i = next;
            }
            return out.append(s.substring(Math.min(i, s.length()))).toString();
        }
        int i = 0;
        int j;
        while (limit-- > 0 && (j = s.indexOf(old, i)) >= 0) {
            out.append(s, i, j).append(replacement);
            i = j + old.length();
        }
        return out.append(s, i, s.length()).toString();
    }

    // ---- searching (indices in code points) ----------------------------------------------

    /** A [start, end) slice of s in code points and in chars, after Python's index adjustment. */
    private record Slice(int start, int end, int charStart, int charEnd) { }

    private static Slice slice(String s, Long start, Long end) {
        int length = s.codePointCount(0, s.length());
        long e = end == null ? length : end;
        long b = start == null ? 0 : start;
        if (e > length) {
            e = length;
        } else if (e < 0) {
            e = Math.max(e + length, 0);
        }
        if (b < 0) {
            b = Math.max(b + length, 0);
        }
        int charStart = b > length ? s.length() : offset(s, (int) b);
        return new Slice((int) Math.min(b, Integer.MAX_VALUE / 2), (int) e, charStart, offset(s, (int) e));
    }

    private static int offset(String s, int codePoints) {
        return s.length() == s.codePointCount(0, s.length()) ? codePoints : s.offsetByCodePoints(0, codePoints);
    }

    private static int codePoints(String s, int offset) {
        return s.codePointCount(0, offset);
    }

    /** Python's str.find(sub, start, end): the lowest index, or -1. */
    public static long find(String s, String sub, Long start, Long end) {
        Slice r = slice(s, start, end);
        int subLength = sub.codePointCount(0, sub.length());
        if (r.end() - r.start() < subLength) {
            return -1;
        }
        if (subLength == 0) {
            return r.start();
        }
        int i = s.indexOf(sub, r.charStart());
        return i < 0 || i + sub.length() > r.charEnd() ? -1 : codePoints(s, i);
    }

    /** Python's str.rfind(sub, start, end): the highest index, or -1. */
    public static long rfind(String s, String sub, Long start, Long end) {
        Slice r = slice(s, start, end);
        int subLength = sub.codePointCount(0, sub.length());
        if (r.end() - r.start() < subLength) {
            return -1;
        }
        if (subLength == 0) {
            return r.end();
        }
        int i = s.lastIndexOf(sub, r.charEnd() - sub.length());
        return i < r.charStart() ? -1 : codePoints(s, i);
    }

    /** Python's str.index: as find, with ValueError "substring not found". */
    public static long index(String s, String sub, Long start, Long end) {
        return found(find(s, sub, start, end));
    }

    /** Python's str.rindex: as rfind, with ValueError "substring not found". */
    public static long rindex(String s, String sub, Long start, Long end) {
        return found(rfind(s, sub, start, end));
    }

    private static long found(long i) {
        if (i < 0) {
            throw FormatError.valueError("substring not found");
        }
        return i;
    }

    /** Python's str.count(sub, start, end): non-overlapping occurrences. */
    public static long count(String s, String sub, Long start, Long end) {
        Slice r = slice(s, start, end);
        int subLength = sub.codePointCount(0, sub.length());
        if (r.end() - r.start() < subLength) {
            return 0;
        }
        if (subLength == 0) {
            return r.end() - r.start() + 1L;
        }
        long n = 0;
        int i = r.charStart();
        while ((i = s.indexOf(sub, i)) >= 0 && i + sub.length() <= r.charEnd()) {
            n++;
            i += sub.length();
        }
        return n;
    }

    /** Python's str.startswith(prefix, start, end); prefix is a str or a tuple of str. */
    public static boolean startswith(String s, Object prefix, Long start, Long end, ValueText t) {
        return matches(s, prefix, start, end, t, "startswith", true);
    }

    /** Python's str.endswith(suffix, start, end); suffix is a str or a tuple of str. */
    public static boolean endswith(String s, Object suffix, Long start, Long end, ValueText t) {
        return matches(s, suffix, start, end, t, "endswith", false);
    }

    private static boolean matches(String s, Object affix, Long start, Long end, ValueText t, String method,
                                   boolean head) {
        if (affix instanceof String text) {
            return tailMatch(s, text, start, end, head);
        }
        if (!ValueText.isPrimitive(affix) && t.isTuple(affix)) {
            for (Object item : t.tupleItems(affix)) {
                if (!(item instanceof String text)) {
                    throw FormatError.typeError("tuple for " + method + " must only contain str, not "
                            + ValueText.typeNameOf(item, t));
                }
                if (tailMatch(s, text, start, end, head)) {
                    return true;
                }
            }
            return false;
        }
        throw FormatError.typeError(method + " first arg must be str or a tuple of str, not "
                + ValueText.typeNameOf(affix, t));
    }

    private static boolean tailMatch(String s, String affix, Long start, Long end, boolean head) {
        Slice r = slice(s, start, end);
        int affixLength = affix.codePointCount(0, affix.length());
        if (r.end() - affixLength < r.start()) {
            return false;
        }
        if (affixLength == 0) {
            return true;
        }
        return head ? s.startsWith(affix, r.charStart()) : s.startsWith(affix, r.charEnd() - affix.length());
    }

    /** Python's str.format (see {@link StrFormat}). */
    public static String format(String s, List<Object> args, Map<String, Object> kwargs, ValueText t) {
        return StrFormat.format(s, args, kwargs, t);
    }
}

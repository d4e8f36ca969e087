package dezero.lang.library;

import dezero.lang.runtime.Text;
import java.math.BigInteger;

/**
 * Python's format-specification mini-language ({@code format(v, spec)}, {@code '{:spec}'}),
 * a port of CPython 3.11's Python/formatter_unicode.c for int, bool, float and str:
 * {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}.
 * <pre>{@code FormatSpec.format(1234567.891, "*^16,.2f", t)  // "**1,234,567.89**"}</pre>
 */
public final class FormatSpec {

    private static final int NONE = 0;
    private static final int MAX_STR_DIGITS = 4300;

    /** A parsed spec; {@code width} and {@code precision} are -1 when absent, {@code type} 0 when absent. */
    private record Spec(int fill, int align, int sign, boolean noNegZero, boolean alternate, long width,
                        int grouping, long precision, int type) { }

    private FormatSpec() { }

    /** Python's {@code format(v, spec)}: primitives here, anything else through {@code t.format}. */
    public static String format(Object v, String spec, ValueText t) {
        if (v instanceof String s) {
            return formatStr(s, spec);
        }
        if (v instanceof Double d) {
            return spec.isEmpty() ? PyFloats.repr(d) : formatFloatSpec(d, spec);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return formatInteger(v, spec, "int");
        }
        if (v instanceof Boolean b) {
            return spec.isEmpty() ? (b ? "True" : "False") : formatInteger(b ? 1L : 0L, spec, "bool");
        }
        return t.format(v, spec);
    }

    /** {@code float.__format__} with a non-empty spec. */
    private static String formatFloatSpec(double v, String specText) {
        Spec spec = parse(specText, "float", NONE, '>');
        return switch (spec.type()) {
            case NONE, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloat(v, spec);
            default -> throw unknownType(spec.type(), "float");
        };
    }

    /** {@code str.__format__}. */
    static String formatStr(String s, String specText) {
        if (specText.isEmpty()) {
            return s;
        }
        Spec spec = parse(specText, "str", 's', '<');
        if (spec.type() != 's') {
            throw unknownType(spec.type(), "str");
        }
        if (spec.sign() != NONE) {
            throw FormatError.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        int length = s.codePointCount(0, s.length());
        String body = s;
        if (spec.precision() >= 0 && length >= spec.precision()) {
            length = (int) spec.precision();
            body = s.substring(0, s.offsetByCodePoints(0, length));
        }
        long total = Math.max(spec.width(), length);
        long left = spec.align() == '>' ? total - length : spec.align() == '^' ? (total - length) / 2 : 0;
        StringBuilder out = new StringBuilder();
        fill(out, spec.fill(), left).append(body);
        return fill(out, spec.fill(), total - length - left).toString();
    }

    /** {@code int.__format__} (also bool's, with typeName "bool") of a Long or BigInteger. */
    static String formatInteger(Object v, String specText, String typeName) {
        if (specText.isEmpty()) {
            return decimal(v);
        }
        Spec spec = parse(specText, typeName, 'd', '>');
        return switch (spec.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatIntegerDigits(v, spec);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(PyFloats.fromInteger(v), spec);
            default -> throw unknownType(spec.type(), typeName);
        };
    }

    private static String formatIntegerDigits(Object v, Spec spec) {
        if (spec.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger n = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
        if (spec.type() == 'c') {
            if (spec.sign() != NONE) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (n.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return number(spec, NONE, "", "", false, new String(Character.toChars(n.intValue())), false, 0);
        }
        int radix = switch (spec.type()) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String prefix = !spec.alternate() || radix == 10 ? "" : radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = radix == 10 ? decimal(n.abs()) : n.abs().toString(radix);
        int groupSize = spec.grouping() == NONE ? 0 : radix == 10 ? 3 : 4;
        return number(spec, n.signum() < 0 ? '-' : NONE, prefix, digits, false, "", spec.type() == 'X', groupSize);
    }

    /**
     * Python's {@code str(int)} of a Long or BigInteger, with its limit on decimal conversions:
     * ValueError past 4300 digits (sys.get_int_max_str_digits()).
     */
    static String decimal(Object n) {
        String text = n.toString();
        if (text.length() > MAX_STR_DIGITS && text.length() - (text.charAt(0) == '-' ? 1 : 0) > MAX_STR_DIGITS) {
            throw FormatError.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return text;
    }

    /** {@code float.__format__} with a parsed, non-empty spec. */
    private static String formatFloat(double v, Spec spec) {
        int type = spec.type();
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == NONE) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            v *= 100;
        }
        if (spec.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = spec.precision() < 0 ? defaultPrecision : (int) spec.precision();
        if (spec.precision() >= 0 && type == 'r') {
            type = 'g';
        }
        String text = PyFloats.toString(v, (char) type, precision, spec.alternate(), addDot0, spec.noNegZero())
                + (percent ? "%" : "");
        int sign = NONE;
        if (text.charAt(0) == '-') {
            sign = '-';
            text = text.substring(1);
        }
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        boolean decimal = end < text.length() && text.charAt(end) == '.';
        String remainder = text.substring(decimal ? end + 1 : end);
        int groupSize = spec.grouping() == NONE || spec.type() == 'n' ? 0 : 3;
        return number(spec, sign, "", text.substring(0, end), decimal, remainder, false, groupSize);
    }

    /**
     * CPython's calc_number_widths and fill_number: padding, sign, prefix, grouped digits
     * (zero padding with '0' fill and '=' alignment goes into the grouping), point, remainder.
     */
    private static String number(Spec spec, int signChar, String prefix, String digits, boolean decimal,
                                 String remainder, boolean upper, int groupSize) {
        int sign = switch (spec.sign()) {
            case '+' -> signChar == '-' ? '-' : '+';
            case ' ' -> signChar == '-' ? '-' : ' ';
            default -> signChar == '-' ? '-' : NONE;
        };
        int remainderLength = remainder.codePointCount(0, remainder.length());
        long nonDigits = (sign == NONE ? 0 : 1) + prefix.length() + (decimal ? 1 : 0) + remainderLength;
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        String separator = spec.grouping() == ',' ? "," : "_";
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSize, separator);
        long padding = spec.width() - (nonDigits + grouped.length());
        long left = 0;
        long middle = 0;
        long right = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> middle = padding;
                default -> left = padding;
            }
        }
        StringBuilder out = new StringBuilder();
        fill(out, spec.fill(), left);
        if (sign != NONE) {
            out.append((char) sign);
        }
        out.append(upper ? prefix.toUpperCase() : prefix);
        fill(out, spec.fill(), middle);
        out.append(upper ? grouped.toUpperCase() : grouped);
        if (decimal) {
            out.append('.');
        }
        out.append(remainder);
        return fill(out, spec.fill(), right).toString();
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping: groups from the right, zero-filled up to minWidth. */
    private static String group(String digits, long minWidth, int groupSize, String separator) {
        StringBuilder reversed = new StringBuilder();
        long remaining = digits.length();
        boolean useSeparator = false;
        boolean broken = false;
        if (groupSize > 0) {
            while (true) {
                long length = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                prependGroup(reversed, digits, remaining, length, useSeparator ? separator : "");
                useSeparator = true;
                remaining -= Math.max(0, Math.min(remaining, length));
                minWidth -= length;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= separator.length();
            }
        }
        if (!broken) {
            long length = Math.max(Math.max(remaining, minWidth), 1);
            prependGroup(reversed, digits, remaining, length, useSeparator ? separator : "");
        }
        return reversed.reverse().toString();
    }

    /** Appends (reversed) the separator, then the group's digits, then its zero padding. */
    private static void prependGroup(StringBuilder reversed, String digits, long remaining, long length,
                                     String separator) {
        reversed.append(separator);
        long chars = Math.max(0, Math.min(remaining, length));
        for (long i = remaining - 1; i >= remaining - chars; i--) {
            reversed.append(digits.charAt((int) i));
        }
        for (long i = Math.max(0, length - remaining); i > 0; i--) {
            reversed.append('0');
        }
    }

    private static StringBuilder fill(StringBuilder out, int fill, long count) {
        for (long i = 0; i < count; i++) {
            out.appendCodePoint(fill);
        }
        return out;
    }

    /** CPython's parse_internal_render_format_spec. */
    private static Spec parse(String text, String typeName, int defaultType, int defaultAlign) {
        int[] s = Text.codePoints(text);
        int end = s.length;
        int pos = 0;
        int fill = ' ';
        int align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(s[pos + 1])) {
            align = s[pos + 1];
            fill = s[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(s[pos])) {
            align = s[pos];
            alignSpecified = true;
            pos++;
        }
        int sign = NONE;
        if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
            sign = s[pos++];
        }
        boolean noNegZero = pos < end && s[pos] == 'z';
        if (noNegZero) {
            pos++;
        }
        boolean alternate = pos < end && s[pos] == '#';
        if (alternate) {
            pos++;
        }
        if (!fillSpecified && pos < end && s[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int widthStart = pos;
        long width = integer(s, pos);
        pos = skipDigits(s, pos);
        if (pos == widthStart) {
            width = -1;
        }
        int grouping = NONE;
        if (pos < end && s[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && s[pos] == '_') {
            if (grouping != NONE) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && s[pos] == ',' && grouping == '_') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && s[pos] == '.') {
            pos++;
            int precisionStart = pos;
            precision = integer(s, pos);
            pos = skipDigits(s, pos);
            if (pos == precisionStart) {
                throw FormatError.valueError("Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + text + "' for object of type '"
                    + typeName + "'");
        }
        int type = end - pos == 1 ? s[pos] : defaultType;
        if (grouping != NONE) {
            boolean allowed = switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NONE -> true;
                case 'b', 'o', 'x', 'X' -> grouping == '_';
                default -> false;
            };
            if (!allowed) {
                throw FormatError.valueError("Cannot specify '" + (char) grouping + "' with "
                        + codeText(type) + ".");
            }
        }
        return new Spec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(int[] s, int pos) {
        while (pos < s.length && Character.digit(s[pos], 10) >= 0) {
            pos++;
        }
        return pos;
    }

    /** The decimal number at pos (0 when none); ValueError past a 64-bit size, as CPython's get_integer. */
    private static long integer(int[] s, int pos) {
        long value = 0;
        for (int i = pos; i < s.length && Character.digit(s[i], 10) >= 0; i++) {
            int digit = Character.digit(s[i], 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static String codeText(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    private static FormatError unknownType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + codeText(type) + " for object of type '"
                + typeName + "'");
    }
}

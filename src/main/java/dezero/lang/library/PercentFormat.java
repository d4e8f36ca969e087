package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.Text;

import java.math.BigInteger;
import java.util.List;

/**
 * Python's printf-style {@code fmt % args}, a port of CPython 3.11's PyUnicode_Format: conversions
 * {@code s r a d i u o x X e E f F g G c %}, flags {@code - + space # 0}, width, precision,
 * {@code *}, {@code %(name)s} with a mapping; a tuple gives the arguments, anything else is the
 * only argument.
 * <pre>{@code PercentFormat.format("%5.2f|%-4d|%s", args, t)  // args the tuple (3.14159, 7, "x"): " 3.14|7   |x"}</pre>
 */
public final class PercentFormat {

    private static final int LJUST = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    private final String fmt;
    private final ValueText t;
    private final Object dict;
    private Object args;
    private List<Object> items;
    private int argCount;
    private int argIndex;
    private int pos;
    private boolean exhausted;
    private int ch;

    private PercentFormat(String fmt, Object args, ValueText t) {
        this.fmt = fmt;
        this.t = t;
        boolean tuple = !ValueText.isPrimitive(args) && t.isTuple(args);
        if (tuple) {
            items = t.tupleItems(args);
            argCount = items.size();
            argIndex = 0;
        } else {
            argCount = -1;
            argIndex = -2;
        }
        dict = !tuple && !ValueText.isPrimitive(args) && t.isMapping(args) ? args : null;
        this.args = args;
    }

    /** Python's {@code fmt % args}. */
    public static String format(String fmt, Object args, ValueText t) {
        return new PercentFormat(fmt, args, t).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            int next = fmt.indexOf('%', pos);
            if (next < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, next);
            pos = next + 1;
            conversion(out);
        }
        if (argIndex < argCount && dict == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** Reads the next format character into ch; false (and exhausted) at the end. */
    private boolean advance() {
        if (pos >= fmt.length()) {
            exhausted = true;
            return false;
        }
        ch = fmt.codePointAt(pos);
        pos += Character.charCount(ch);
        return true;
    }

    private Object nextArg() {
        if (argIndex < argCount) {
            int i = argIndex++;
            return argCount < 0 ? args : items.get(i);
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    /** One conversion after a '%': CPython's unicode_format_arg. */
    private void conversion(StringBuilder out) {
        if (pos < fmt.length() && fmt.charAt(pos) == '%') {
            pos++;
            out.append('%');
            return;
        }
        exhausted = false;
        ch = pos < fmt.length() ? fmt.codePointAt(pos) : 0;
        if (ch == '(') {
            mappingKey();
        }
        int flags = 0;
        while (advance()) {
            int flag = switch (ch) {
                case '-' -> LJUST;
                case '+' -> SIGN;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }
        long width = -1;
        if (ch == '*') {
            width = starArgument("ssize_t");
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            advance();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (advance() && ch >= '0' && ch <= '9') {
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw FormatError.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        long precision = -1;
        if (ch == '.') {
            precision = 0;
            advance();
            if (ch == '*') {
                precision = Math.max(starArgument("int"), 0);
                advance();
            } else if (ch >= '0' && ch <= '9') {
                precision = ch - '0';
                while (advance() && ch >= '0' && ch <= '9') {
                    if (precision > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw FormatError.valueError("precision too big");
                    }
                    precision = precision * 10 + (ch - '0');
                }
            }
        }
        if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
            advance();
        }
        if (exhausted) {
            throw FormatError.valueError("incomplete format");
        }
        Object v = nextArg();
        Conversion c = new Conversion(ch, flags, width, precision);
        out.append(c.output(convert(c, v)));
        if (dict != null && argIndex < argCount) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
    }

    /** "%(key)": looks the key up in the mapping, which becomes the only argument. */
    private void mappingKey() {
        if (dict == null) {
            throw FormatError.typeError("format requires a mapping");
        }
        pos++;
        int keyStart = pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length()) {
            char c = fmt.charAt(pos++);
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw FormatError.valueError("incomplete format key");
        }
        args = t.getItem(dict, fmt.substring(keyStart, pos - 1));
        argCount = -1;
        argIndex = -2;
    }

    private long starArgument(String cType) {
        Object v = nextArg();
        if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) {
            throw FormatError.typeError("* wants int");
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        long n = v instanceof Long l ? l : Long.MAX_VALUE;
        boolean fits = v instanceof Long && (cType.equals("ssize_t") || (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE));
        if (!fits) {
            throw FormatError.overflowError("Python int too large to convert to C " + cType);
        }
        return n;
    }

    /** A parsed conversion: its character, flags, width and precision (-1 when absent). */
    private final class Conversion {
        final int type;
        int flags;
        long width;
        final long precision;
        boolean numeric;

        Conversion(int type, int flags, long width, long precision) {
            this.type = type;
            this.flags = flags;
            this.width = width;
            this.precision = precision;
        }

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** CPython's unicode_format_arg_output: sign, '0x' prefix, fill and truncation. */
        String output(String str) {
            int fill = numeric && has(ZERO) ? '0' : ' ';
            int len = str.codePointCount(0, str.length());
            if ((width == -1 || width <= len) && (precision == -1 || precision >= len) && !has(SIGN | BLANK)) {
                return str;
            }
            if ((type == 's' || type == 'r' || type == 'a') && precision >= 0 && len > precision) {
                len = (int) precision;
            }
            int[] cps = java.util.Arrays.copyOf(Text.codePoints(str), len);
            int index = 0;
            int signChar = 0;
            boolean sign = numeric;
            if (sign) {
                int first = cps.length > 0 ? cps[0] : 0;
                if (first == '-' || first == '+') {
                    signChar = first;
                    len--;
                    index++;
                } else if (has(SIGN)) {
                    signChar = '+';
                } else if (has(BLANK)) {
                    signChar = ' ';
                } else {
                    sign = false;
                }
            }
            if (width < len) {
                width = len;
            }
            StringBuilder out = new StringBuilder();
            if (sign) {
                if (fill != ' ') {
                    out.appendCodePoint(signChar);
                }
                if (width > len) {
                    width--;
                }
            }
            boolean hexPrefix = has(ALT) && (type == 'x' || type == 'X' || type == 'o');
            if (hexPrefix) {
                if (fill != ' ') {
                    out.append('0').appendCodePoint(type);
                    index += 2;
                }
                width = Math.max(width - 2, 0);
                len -= 2;
            }
            if (width > len && !has(LJUST)) {
                repeat(out, fill, width - len);
                width = len;
            }
            if (fill == ' ') {
                if (sign) {
                    out.appendCodePoint(signChar);
                }
                if (hexPrefix) {
                    out.append('0').appendCodePoint(type);
                    index += 2;
                }
            }
            for (int i = index; i < index + len; i++) {
                out.appendCodePoint(cps[i]);
            }
            if (width > len) {
                repeat(out, ' ', width - len);
            }
            return out.toString();
        }
    }

    private static void repeat(StringBuilder out, int c, long n) {
        for (long i = 0; i < n; i++) {
            out.appendCodePoint(c);
        }
    }

    /** CPython's unicode_format_arg_format: the text of one argument before padding. */
    private String convert(Conversion c, Object v) {
        switch (c.type) {
            case 's':
                return ValueText.strOf(v, t);
            case 'r':
                return ValueText.reprOf(v, t);
            case 'a':
                return ValueText.asciiOf(v, t);
            case 'i', 'd', 'u', 'o', 'x', 'X':
                c.numeric = true;
                return formatLong(integerArgument(v, (char) c.type), c);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                c.numeric = true;
                int precision = c.precision < 0 ? 6 : (int) c.precision;
                return PyFloats.toString(floatArgument(v), (char) c.type, precision, c.has(ALT), false, false);
            case 'c':
                return character(v);
            default:
                throw FormatError.valueError(String.format("unsupported format character '%c' (0x%x) at index %d",
                        c.type >= 31 && c.type <= 126 ? (char) c.type : '?', c.type,
                        fmt.codePointCount(0, pos) - 1));
        }
    }

    /** CPython's mainformatlong: an int for %d (truncating floats), an int only for %o %x %X. */
    private BigInteger integerArgument(Object v, char type) {
        Object n = ValueText.isPrimitive(v) ? v : t.toNumber(v);
        if (n instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (n instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (n instanceof BigInteger b) {
            return b;
        }
        boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
        if (n instanceof Double d && !indexOnly) {
            if (Double.isNaN(d)) {
                throw FormatError.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw FormatError.overflowError("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        throw FormatError.typeError("%" + type + " format: " + (indexOnly ? "an integer" : "a real number")
                + " is required, not " + ValueText.typeNameOf(v, t));
    }

    /** CPython's _PyUnicode_FormatLong: sign, '0o'/'0x' with '#', digits zero-padded to the precision. */
    private static String formatLong(BigInteger n, Conversion c) {
        int radix = c.type == 'o' ? 8 : c.type == 'x' || c.type == 'X' ? 16 : 10;
        String digits = radix == 10 ? FormatSpec.decimal(n.abs()) : n.abs().toString(radix);
        String prefix = radix == 10 || !c.has(ALT) ? "" : radix == 8 ? "0o" : "0x";
        if (c.precision > digits.length()) {
            digits = "0".repeat((int) (c.precision - digits.length())) + digits;
        }
        String text = (n.signum() < 0 ? "-" : "") + prefix + digits;
        return c.type == 'X' ? text.toUpperCase() : text;
    }

    private double floatArgument(Object v) {
        if (!ValueText.isPrimitive(v) && Py.specialMethod(v, "__float__") != null) {
            return Py.toDouble(v); // as CPython's PyFloat_AsDouble: __float__'s own error goes out
        }
        Object n = ValueText.isPrimitive(v) ? v : t.toNumber(v);
        if (n instanceof Double d) {
            return d;
        }
        if (n instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (n instanceof Long || n instanceof BigInteger) {
            return PyFloats.fromInteger(n);
        }
        throw FormatError.typeError("must be real number, not " + ValueText.typeNameOf(v, t));
    }

    /** CPython's formatchar: a one-character str or a code point. */
    private String character(Object v) {
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s;
            }
            throw FormatError.typeError("%c requires int or char");
        }
        Object n = v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        if (n instanceof BigInteger || (n instanceof Long l && (l < 0 || l > 0x10FFFF))) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        if (n instanceof Long l) {
            return new String(Character.toChars(l.intValue()));
        }
        throw FormatError.typeError("%c requires int or char");
    }
}

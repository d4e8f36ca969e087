package dezero.lang.library;

import dezero.core.NumpyFormat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float to text: {@code repr}/{@code str} (shortest round-trip digits) and CPython's
 * {@code PyOS_double_to_string} for the 'e', 'f', 'g' and 'r' codes that {@code format()} and
 * {@code %} use. Digits are correctly rounded, half to even on exact ties, as CPython's dtoa.
 */
public final class PyFloats {

    private PyFloats() { }

    /** Python's {@code repr(float)}: {@code '0.1'}, {@code '1e-05'}, {@code '1e+16'}, {@code 'inf'}, {@code 'nan'}, {@code '-0.0'}. */
    public static String repr(double v) {
        return NumpyFormat.pyFloat(v);
    }

    /** Python's {@code str(float)}, the same text as {@link #repr}. */
    public static String str(double v) {
        return repr(v);
    }

    /**
     * CPython's {@code PyOS_double_to_string(v, code, precision, flags)}: code is one of
     * {@code e E f F g G r} ('r' ignores precision); a negative value always gets its '-'.
     *
     * @param alternate  '#': keep the decimal point and trailing zeros
     * @param addDot0    the bare-format rule: an integral result keeps one digit after the point
     * @param noNegZero  'z': a result that rounds to zero loses its minus sign
     */
    public static String toString(double v, char code, int precision, boolean alternate, boolean addDot0,
                                  boolean noNegZero) {
        boolean upper = Character.isUpperCase(code);
        char lower = Character.toLowerCase(code);
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (Double.isNaN(v)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(v)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        int digitsWanted = precision;
        Digits d;
        switch (lower) {
            case 'e' -> {
                digitsWanted = precision + 1;
                d = significant(v, digitsWanted);
            }
            case 'f' -> d = fractional(v, precision);
            case 'g' -> {
                digitsWanted = Math.max(precision, 1);
                d = significant(v, digitsWanted);
            }
            case 'r' -> d = shortest(v);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if (noNegZero && d.digits().equals("0")) {
            negative = false;
        }
        return layout(d, lower, digitsWanted, alternate, addDot0, upper, negative);
    }

    /** Decimal digits d0 d1 ... (no trailing zeros; "0" for zero) of 0.d0d1... * 10^decpt. */
    private record Digits(String digits, int decpt) { }

    private static Digits shortest(double v) {
        String r = repr(Math.abs(v));
        int e = r.indexOf('e');
        int exponent = e < 0 ? 0 : Integer.parseInt(r.substring(e + 1));
        String mantissa = e < 0 ? r : r.substring(0, e);
        int point = mantissa.indexOf('.');
        String whole = point < 0 ? mantissa : mantissa.substring(0, point);
        String all = whole + (point < 0 ? "" : mantissa.substring(point + 1));
        return trimmed(all, whole.length() + exponent);
    }

    private static Digits significant(double v, int digits) {
        if (v == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(Math.abs(v)).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String unscaled = r.unscaledValue().toString();
        return trimmed(unscaled, unscaled.length() - r.scale());
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private static Digits fractional(double v, int decimals) {
        double a = Math.abs(v);
        if (decimals >= 0 && decimals < POWERS_OF_TEN.length) {
            // The exact product a * 10^decimals is off from y by at most half an ulp, under 2^-13
            // below 2^40; unless it lies that close to a tie the nearest integer is the same as
            // BigDecimal's (HALF_EVEN matters on ties only), without its exact expansion of a.
            double y = a * POWERS_OF_TEN[decimals];
            if (y < 0x1p40) {
                double whole = Math.floor(y);
                double frac = y - whole;
                if (Math.abs(frac - 0.5) > 0x1p-10) {
                    long n = (long) whole + (frac > 0.5 ? 1 : 0);
                    if (n == 0) {
                        return new Digits("0", 1);
                    }
                    String unscaled = Long.toString(n);
                    return trimmed(unscaled, unscaled.length() - decimals);
                }
            }
        }
        BigDecimal r = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("0", 1);
        }
        String unscaled = r.unscaledValue().toString();
        return trimmed(unscaled, unscaled.length() - decimals);
    }

    /** Strips leading and trailing zeros, keeping the decimal point position. */
    private static Digits trimmed(String digits, int decpt) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
            decpt--;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String kept = digits.substring(start, end);
        return kept.equals("0") ? new Digits("0", 1) : new Digits(kept, decpt);
    }

    /** CPython's format_float_short layout of the digits: zero padding, the point, the exponent. */
    private static String layout(Digits d, char code, int precision, boolean alternate, boolean addDot0,
                                 boolean upper, boolean negative) {
        String digits = d.digits();
        int decpt = d.decpt();
        int length = digits.length();
        boolean useExp = false;
        int vEnd = length;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alternate) {
                    vEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exponent = 0;
        if (useExp) {
            exponent = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        vEnd = Math.max(vEnd, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder out = new StringBuilder(Math.max(vEnd - vStart, 0) + 8);
        if (negative) {
            out.append('-');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vStart).append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vStart);
        }
        if (0 < decpt && decpt <= length) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, length);
        } else {
            out.append(digits);
        }
        if (length < decpt) {
            zeros(out, decpt - length).append('.');
            zeros(out, vEnd - decpt);
        } else {
            zeros(out, vEnd - length);
        }
        if (out.charAt(out.length() - 1) == '.' && !alternate) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static StringBuilder zeros(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append('0');
        }
        return out;
    }

    /**
     * Python's {@code float(text)}: surrounding whitespace, a sign, decimal digits (any Unicode
     * decimal digit, '_' only between digits), an exponent, or inf/infinity/nan in any case;
     * ValueError "could not convert string to float: 'x'" otherwise.
     */
    public static double parse(String text) {
        String s = StrMethods.strip(text, null);
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = Character.digit(c, 10);
            boolean isDigit = digit >= 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            if (c == '_') {
                boolean between = i > 0 && i + 1 < s.length() && isDecimal(s.charAt(i - 1)) && isDecimal(s.charAt(i + 1));
                if (!between) {
                    throw notAFloat(text);
                }
                continue;
            }
            ascii.append(isDigit ? (char) ('0' + digit) : c);
        }
        String t = ascii.toString();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!t.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw notAFloat(text);
        }
        return Double.parseDouble(t);
    }

    private static boolean isDecimal(char c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static FormatError notAFloat(String text) {
        return FormatError.valueError("could not convert string to float: " + StrMethods.repr(text));
    }

    /**
     * Python's {@code round(x, ndigits)}: x correctly rounded (half to even on the exact binary
     * value, so {@code round(2.675, 2)} is 2.67) to ndigits decimals, negative ndigits rounding to
     * tens, hundreds...; OverflowError "rounded value too large to represent".
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        double rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(rounded)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return rounded == 0 ? Math.copySign(0.0, x) : rounded;
    }

    /** Python's {@code round(x)}: the nearest int (half to even) as a Long, or a BigInteger past 64 bits. */
    public static Object roundToInt(double x) {
        if (Double.isNaN(x)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        double r = Math.rint(x);
        if (Math.abs(r) < 0x1p62) {
            return (long) r;
        }
        BigInteger n = new BigDecimal(r).toBigInteger();
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }

    /** Python's {@code float(int)}: correctly rounded; OverflowError past the largest double. */
    static double fromInteger(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }
}

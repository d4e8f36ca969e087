package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.Types;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** float.hex, float.fromhex and float.as_integer_ratio: a double's exact binary value, as CPython writes and reads it. */
final class FloatHex {
    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;
    private static final int EXPONENT_BIAS = 1023;
    /** CPython's accepted form: an optional sign and 0x, hex digits with an optional point, an optional binary exponent. */
    private static final Pattern HEX = Pattern.compile(
            "([-+]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([-+]?[0-9]+))?");
    /**
     * An exponent beyond this many binary places makes any mantissa of sane length overflow or
     * vanish, so larger ones are clamped before Java parses them (its parser takes an int).
     */
    private static final BigInteger EXPONENT_CLAMP = BigInteger.valueOf(1 << 22);

    private FloatHex() {}

    /** {@code float.hex()}: '0x1.8000000000000p+1' for 3.0, thirteen hex digits of fraction always. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> MANTISSA_BITS) & 0x7ff);
        long fraction = bits & MANTISSA_MASK;
        int exponent = biased == 0 ? 1 - EXPONENT_BIAS : biased - EXPONENT_BIAS;
        return sign + "0x" + (biased == 0 ? "0" : "1") + "." + String.format(Locale.ROOT, "%013x", fraction)
                + "p" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /** {@code float.fromhex(s)}, correctly rounded; OverflowError past the largest double. */
    static double fromhex(String text) {
        String s = text.strip();
        String word = s.toLowerCase(Locale.ROOT);
        String unsigned = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return word.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        Matcher m = HEX.matcher(s);
        String whole = m.matches() ? m.group(2) : "";
        String fraction = m.matches() && m.group(3) != null ? m.group(3) : "";
        if (whole.isEmpty() && fraction.isEmpty()) {
            throw Py.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger exponent = m.group(4) == null ? BigInteger.ZERO : new BigInteger(m.group(4));
        exponent = exponent.max(EXPONENT_CLAMP.negate()).min(EXPONENT_CLAMP);
        double value = Double.parseDouble(m.group(1) + "0x" + (whole.isEmpty() ? "0" : whole) + "."
                + fraction + "p" + exponent);
        if (Double.isInfinite(value)) {
            throw Py.error(Types.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        }
        return value;
    }

    /** {@code float.as_integer_ratio()}: the exact value as a fraction in lowest terms, its denominator a power of two. */
    static PyTuple integerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Py.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Py.error(Types.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        }
        if (d == 0) {
            return new PyTuple(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> MANTISSA_BITS) & 0x7ff);
        // a subnormal has no implicit leading 1 and the exponent of the smallest normal
        long mantissa = biased == 0 ? bits & MANTISSA_MASK : (bits & MANTISSA_MASK) | (1L << MANTISSA_BITS);
        int exponent = (biased == 0 ? 1 : biased) - EXPONENT_BIAS - MANTISSA_BITS;
        int shift = Math.min(Long.numberOfTrailingZeros(mantissa), Math.max(0, -exponent));
        mantissa >>= shift;
        exponent += shift;
        BigInteger numerator = BigInteger.valueOf(bits < 0 ? -mantissa : mantissa);
        if (exponent >= 0) {
            return new PyTuple(PyInt.normalize(numerator.shiftLeft(exponent)), 1L);
        }
        return new PyTuple(PyInt.normalize(numerator), PyInt.normalize(BigInteger.ONE.shiftLeft(-exponent)));
    }
}

package dezero.core;

import java.math.BigInteger;

/**
 * Decimal digit generation for doubles, following numpy's Dragon4 (numpy/_core/src/multiarray/dragon4.c)
 * in its "unique" digit mode: the shortest digits that identify the value, optionally cut off
 * (and correctly rounded) at a number of fractional or total digits, or extended to a minimum
 * number of digits. {@link #positional} and {@link #scientific} mirror numpy's
 * {@code dragon4_positional} and {@code dragon4_scientific}; only trim modes 'k' and '.' are needed.
 */
final class FloatDigits {

    /** numpy's trim modes 'k' (keep trailing zeros) and '.' (trim zeros, keep the decimal point). */
    enum Trim { KEEP, ZEROS }

    /** Decimal digits {@code d0 d1 d2 ...} of a magnitude {@code d0.d1d2... * 10^exponent}. */
    record Digits(String digits, int exponent) { }

    private static final double LOG10_2 = 0.30102999566398119521373889472449;
    private static final int NO_CUTOFF = -1;

    private FloatDigits() { }

    /** Shortest round-trip digits of |v| (v finite); zero gives ("0", 0). */
    static Digits shortest(double v) {
        return dragon4(v, false, false, NO_CUTOFF, NO_CUTOFF);
    }

    /** Shortest digits that identify |v| among floats ({@code f32}) or doubles. */
    static Digits shortest(double v, boolean f32) {
        return dragon4(v, f32, false, NO_CUTOFF, NO_CUTOFF);
    }

    /**
     * numpy's dragon4_positional(v, precision, min_digits, unique=True, fractional=True, trim,
     * pad_left, pad_right) for finite v; negative arguments mean "not given".
     */
    static String positional(double v, int precision, int minDigits, Trim trim, int padLeft, int padRight) {
        return positional(v, false, precision, minDigits, trim, padLeft, padRight);
    }

    /** {@link #positional} with the digits of a float32 value when {@code f32}. */
    static String positional(double v, boolean f32, int precision, int minDigits, Trim trim, int padLeft,
                             int padRight) {
        Digits d = dragon4(v, f32, true, precision, minDigits);
        String digits = d.digits();
        int printExponent = d.exponent();
        StringBuilder out = new StringBuilder();
        int wholeDigits;
        int fractionDigits;
        if (printExponent >= 0) {
            wholeDigits = printExponent + 1;
            if (digits.length() <= wholeDigits) {
                out.append(digits).append("0".repeat(wholeDigits - digits.length())).append('.');
                fractionDigits = 0;
            } else {
                out.append(digits, 0, wholeDigits).append('.').append(digits, wholeDigits, digits.length());
                fractionDigits = digits.length() - wholeDigits;
            }
        } else {
            int leadingZeros = -(printExponent + 1);
            out.append("0.").append("0".repeat(leadingZeros)).append(digits);
            wholeDigits = 1;
            fractionDigits = leadingZeros + digits.length();
        }
        int wanted = Math.max(minDigits, 0);
        if (trim == Trim.KEEP && wanted > fractionDigits) {
            out.append("0".repeat(wanted - fractionDigits));
            fractionDigits = wanted;
        }
        if (trim == Trim.ZEROS) {
            fractionDigits -= trimTrailingZeros(out, fractionDigits);
        }
        if (padRight >= fractionDigits) {
            out.append(" ".repeat(padRight - fractionDigits));
        }
        String sign = signOf(v);
        int left = padLeft - (wholeDigits + sign.length());
        return " ".repeat(Math.max(left, 0)) + sign + out;
    }

    /**
     * numpy's dragon4_scientific(v, precision, min_digits, unique=True, trim, pad_left, exp_digits)
     * for finite v; negative arguments mean "not given" (exponent then has at least 2 digits).
     */
    static String scientific(double v, int precision, int minDigits, Trim trim, int padLeft, int expDigits) {
        return scientific(v, false, precision, minDigits, trim, padLeft, expDigits);
    }

    /** {@link #scientific} with the digits of a float32 value when {@code f32}. */
    static String scientific(double v, boolean f32, int precision, int minDigits, Trim trim, int padLeft,
                             int expDigits) {
        Digits d = dragon4(v, f32, false, precision < 0 ? NO_CUTOFF : precision + 1,
                minDigits < 0 ? NO_CUTOFF : minDigits + 1);
        String digits = d.digits();
        StringBuilder out = new StringBuilder();
        String sign = signOf(v);
        out.append(" ".repeat(Math.max(padLeft - 1 - sign.length(), 0))).append(sign);
        out.append(digits.charAt(0)).append('.').append(digits, 1, digits.length());
        int fractionDigits = digits.length() - 1;
        int wanted = Math.max(minDigits, 0);
        if (trim == Trim.KEEP && wanted > fractionDigits) {
            out.append("0".repeat(wanted - fractionDigits));
        }
        if (trim == Trim.ZEROS) {
            trimTrailingZeros(out, fractionDigits);
        }
        return out + exponentSuffix(d.exponent(), expDigits < 0 ? 2 : Math.min(expDigits, 5));
    }

    /** 'e', the exponent's sign and at least minDigits exponent digits: "e-05", "e+300". */
    static String exponentSuffix(int exponent, int minDigits) {
        String magnitude = Integer.toString(Math.abs(exponent));
        return (exponent < 0 ? "e-" : "e+") + "0".repeat(Math.max(minDigits - magnitude.length(), 0)) + magnitude;
    }

    private static String signOf(double v) {
        return Double.doubleToRawLongBits(v) < 0 ? "-" : "";
    }

    /** Removes trailing '0's after the decimal point; returns how many were removed. */
    private static int trimTrailingZeros(StringBuilder out, int fractionDigits) {
        int removed = 0;
        while (removed < fractionDigits && out.charAt(out.length() - 1) == '0') {
            out.setLength(out.length() - 1);
            removed++;
        }
        return removed;
    }

    /**
     * Dragon4 in unique mode on |v|. With {@code fractional}, the cutoffs count digits after the
     * decimal point, otherwise total significant digits; a negative cutoff is "none".
     */
    static Digits dragon4(double v, boolean f32, boolean fractional, int cutoffMax, int cutoffMin) {
        long fraction;
        int biased;
        long mantissa;
        int exponent;
        if (f32) {
            int bits = Float.floatToRawIntBits((float) v);
            fraction = bits & ((1 << 23) - 1);
            biased = (bits >>> 23) & 0xff;
            mantissa = biased != 0 ? fraction | (1L << 23) : fraction;
            exponent = biased != 0 ? biased - 150 : -149;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            fraction = bits & ((1L << 52) - 1);
            biased = (int) ((bits >>> 52) & 0x7ff);
            mantissa = biased != 0 ? fraction | (1L << 52) : fraction;
            exponent = biased != 0 ? biased - 1075 : -1074;
        }
        if (mantissa == 0) {
            return new Digits("0", 0);
        }
        int mantissaBit = 63 - Long.numberOfLeadingZeros(mantissa);
        boolean unequalMargins = biased > 1 && fraction == 0;
        Scaled s = Scaled.of(mantissa, exponent, unequalMargins);

        int digitExponent = (int) Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractional && digitExponent <= -cutoffMax) {
            digitExponent = -cutoffMax + 1;
        }
        s.divideByPow10(digitExponent);
        if (s.value.compareTo(s.scale) >= 0) {
            digitExponent++;
        } else {
            s.times10();
        }
        int maxExponent = Integer.MIN_VALUE;
        if (cutoffMax >= 0) {
            maxExponent = fractional ? -cutoffMax : digitExponent - cutoffMax;
        }
        int minExponent = digitExponent;
        if (cutoffMin >= 0) {
            minExponent = Math.min(minExponent, fractional ? -cutoffMin : digitExponent - cutoffMin);
        }
        return generate(s, (mantissa & 1) == 0, digitExponent, maxExponent, minExponent);
    }

    private static Digits generate(Scaled s, boolean isEven, int digitExponent, int maxExponent, int minExponent) {
        StringBuilder out = new StringBuilder();
        int printExponent = digitExponent - 1;
        int digit;
        boolean low;
        boolean high;
        while (true) {
            digitExponent--;
            BigInteger[] qr = s.value.divideAndRemainder(s.scale);
            digit = qr[0].intValueExact();
            s.value = qr[1];
            int cmpLow = s.value.compareTo(s.marginLow);
            int cmpHigh = s.value.add(s.marginHigh()).compareTo(s.scale);
            low = isEven ? cmpLow <= 0 : cmpLow < 0;
            high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
            if (((low || high) && digitExponent <= minExponent) || digitExponent == maxExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            s.times10();
        }
        boolean roundDown = low;
        if (low == high) {
            int half = s.value.shiftLeft(1).compareTo(s.scale);
            roundDown = half < 0 || (half == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else if (roundUpNines(out)) {
            printExponent++;
        }
        return new Digits(out.toString(), printExponent);
    }

    /** Rounds the digits (whose next digit was a 9 rounded up) up; true if that added a leading digit. */
    private static boolean roundUpNines(StringBuilder out) {
        while (out.length() > 0) {
            char last = out.charAt(out.length() - 1);
            out.setLength(out.length() - 1);
            if (last != '9') {
                out.append((char) (last + 1));
                return false;
            }
        }
        out.append('1');
        return true;
    }

    /** value/scale is the number, marginLow/scale half the gap to the next lower double. */
    private static final class Scaled {
        BigInteger value;
        BigInteger scale;
        BigInteger marginLow;
        final boolean unequalMargins;

        private Scaled(BigInteger value, BigInteger scale, BigInteger marginLow, boolean unequalMargins) {
            this.value = value;
            this.scale = scale;
            this.marginLow = marginLow;
            this.unequalMargins = unequalMargins;
        }

        static Scaled of(long mantissa, int exponent, boolean unequalMargins) {
            BigInteger m = BigInteger.valueOf(mantissa);
            int extra = unequalMargins ? 2 : 1;
            if (exponent > 0) {
                return new Scaled(m.shiftLeft(exponent + extra), BigInteger.ONE.shiftLeft(extra),
                        BigInteger.ONE.shiftLeft(exponent), unequalMargins);
            }
            return new Scaled(m.shiftLeft(extra), BigInteger.ONE.shiftLeft(-exponent + extra),
                    BigInteger.ONE, unequalMargins);
        }

        BigInteger marginHigh() {
            return unequalMargins ? marginLow.shiftLeft(1) : marginLow;
        }

        void divideByPow10(int power) {
            if (power > 0) {
                scale = scale.multiply(BigInteger.TEN.pow(power));
            } else if (power < 0) {
                BigInteger p = BigInteger.TEN.pow(-power);
                value = value.multiply(p);
                marginLow = marginLow.multiply(p);
            }
        }

        void times10() {
            value = value.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
    }
}

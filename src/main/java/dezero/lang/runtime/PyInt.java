package dezero.lang.runtime;

import java.math.BigInteger;

/** Python's int arithmetic: exact, 64-bit while it fits, arbitrary precision past it. */
public final class PyInt {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyInt() {}

    /** A Long when the value fits, else the BigInteger. */
    public static Object normalize(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? (Object) v.longValue() : v;
    }

    public static BigInteger big(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf((Long) v);
    }

    /** An int operand as a Long or BigInteger (bools become 0 and 1). */
    public static Object of(Object v) {
        return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return big(x).add(big(y));
            }
            return r;
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return big(x).subtract(big(y));
            }
            return r;
        }
        return normalize(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return big(x).multiply(big(y));
        }
        return normalize(big(a).multiply(big(b)));
    }

    public static Object floorDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv(x, y);
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != big(b).signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    public static Object mod(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("integer modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Math.floorMod(x, y);
        }
        BigInteger m = big(a).mod(big(b).abs());
        if (big(b).signum() < 0 && m.signum() != 0) {
            m = m.add(big(b));
        }
        return normalize(m);
    }

    public static double trueDiv(Object a, Object b) {
        if (isZero(b)) {
            throw Py.zeroDivision("division by zero");
        }
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
            return (double) x / (double) y;
        }
        return new java.math.BigDecimal(big(a)).divide(new java.math.BigDecimal(big(b)), java.math.MathContext.DECIMAL128)
                .doubleValue();
    }

    /** {@code a ** b}: an int for a non-negative exponent, a float for a negative one. */
    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            if (isZero(a)) {
                throw Py.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(Py.toDouble(a), Py.toDouble(b));
        }
        if (e.bitLength() > 31) {
            BigInteger base = big(a);
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return normalize(base.signum() == 0 ? BigInteger.ZERO
                        : base.signum() > 0 || !e.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
            }
            throw Py.error(Types.MEMORY_ERROR, null);
        }
        return normalize(big(a).pow(e.intValue()));
    }

    public static Object neg(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return -x;
        }
        return normalize(big(a).negate());
    }

    public static Object shift(Object a, Object b, boolean left) {
        long n = Py.index(b);
        if (n < 0) {
            throw Py.valueError("negative shift count");
        }
        if (left) {
            if (n > Integer.MAX_VALUE) {
                throw Py.error(Types.OVERFLOW_ERROR, "too many digits in integer");
            }
            return normalize(big(a).shiftLeft((int) n));
        }
        return normalize(big(a).shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return big(a).compareTo(big(b));
    }

    public static boolean isZero(Object v) {
        if (v instanceof Long l) {
            return l == 0;
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        return ((BigInteger) v).signum() == 0;
    }
}

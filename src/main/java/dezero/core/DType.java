package dezero.core;

/**
 * The element types of {@link NDArray}, as numpy names them: {@code float64} (the default),
 * {@code float32}, {@code int64} (numpy's default integer on Linux), {@code int32}, {@code uint8},
 * {@code bool}. {@link #promote} is numpy 2's promotion (NEP 50) between two typed operands.
 */
public enum DType {
    BOOL("bool"),
    UINT8("uint8"),
    INT32("int32"),
    INT64("int64"),
    FLOAT32("float32"),
    FLOAT64("float64");

    private static final double TWO_63 = 0x1p63;

    private final String numpyName;

    DType(String numpyName) {
        this.numpyName = numpyName;
    }

    /** numpy's name: {@code float64}, {@code int64}, {@code bool} ... */
    public String numpyName() {
        return numpyName;
    }

    /** True for {@code uint8}, {@code int32}, {@code int64}. */
    public boolean isInteger() {
        return this == UINT8 || this == INT32 || this == INT64;
    }

    /** True for {@code float32}, {@code float64}. */
    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** True for {@code bool}. */
    public boolean isBool() {
        return this == BOOL;
    }

    /** The smallest value of an integer dtype (numpy's {@code iinfo(dtype).min}). */
    public long minValue() {
        return switch (this) {
            case UINT8, BOOL -> 0;
            case INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** The largest value of an integer dtype (numpy's {@code iinfo(dtype).max}). */
    public long maxValue() {
        return switch (this) {
            case BOOL -> 1;
            case UINT8 -> 255;
            case INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /**
     * numpy 2's result type of two strong operands: {@code int32, float32 -> float64},
     * {@code uint8, float32 -> float32}, {@code uint8, int32 -> int32}, {@code bool, X -> X}.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.ordinal() > b.ordinal()) {
            DType t = a;
            a = b;
            b = t;
        }
        // now a < b in the order BOOL, UINT8, INT32, INT64, FLOAT32, FLOAT64
        if (b == FLOAT32 && (a == INT32 || a == INT64)) {
            return FLOAT64;
        }
        return b;
    }

    /**
     * The dtype of {@code weak op strong} where {@code weak} is a Python scalar of kind
     * {@code weakKind} (numpy 2: a Python int keeps an integer array's dtype, a Python float
     * keeps a float array's, and either turns bool into the default int or float).
     */
    static DType promoteWeak(DType weakKind, DType strong) {
        if (weakKind == FLOAT64) {
            return strong.isFloat() ? strong : FLOAT64;
        }
        if (weakKind == INT64) {
            return strong == BOOL ? INT64 : strong;
        }
        return strong;
    }

    /** An integer value wrapped into this integer dtype (as numpy's C casts do), exact for int64. */
    long wrapLong(long v) {
        return switch (this) {
            case BOOL -> v != 0 ? 1 : 0;
            case UINT8 -> v & 0xff;
            case INT32 -> (int) v;
            default -> v;
        };
    }

    /** A double holding an integer value, wrapped into this integer dtype (as numpy's C casts do). */
    double wrap(long v) {
        return switch (this) {
            case BOOL -> v != 0 ? 1 : 0;
            case UINT8 -> v & 0xff;
            case INT32 -> (int) v;
            case INT64 -> v;
            case FLOAT32 -> (float) v;
            case FLOAT64 -> v;
        };
    }

    /**
     * {@code v} (a value of dtype {@code from}) as a value of this dtype, as numpy's
     * {@code astype}: floats truncate toward zero into integers (nan and out-of-range values
     * become the minimum, as numpy on x86), integers wrap, anything non-zero is {@code True}.
     */
    double cast(double v, DType from) {
        if (this == FLOAT64 || this == from) {
            return v;
        }
        if (this == FLOAT32) {
            return (float) v;
        }
        if (this == BOOL) {
            return v != 0 ? 1 : 0;
        }
        if (from.isFloat()) {
            if (!(Math.abs(v) < TWO_63)) {
                return wrap(Long.MIN_VALUE);
            }
            long t = (long) v;
            if (this == INT32 && (t < Integer.MIN_VALUE || t > Integer.MAX_VALUE)) {
                return Integer.MIN_VALUE;
            }
            return wrap(t);
        }
        return wrap((long) v);
    }

    /**
     * The dtype numpy names {@code name}: {@code "float64"}, {@code "float"}, {@code "f4"},
     * {@code "int"}, {@code "int64"}, {@code "i4"}, {@code "uint8"}, {@code "bool"} ...;
     * otherwise numpy's TypeError text ({@code data type 'x' not understood}).
     */
    public static DType of(String name) {
        return switch (name) {
            case "float64", "float", "double", "f8" -> FLOAT64;
            case "float32", "single", "f4" -> FLOAT32;
            case "int64", "int", "i8", "long", "int_", "intp" -> INT64;
            case "int32", "i4", "intc" -> INT32;
            case "uint8", "u1", "ubyte" -> UINT8;
            case "bool", "bool_", "?" -> BOOL;
            default -> throw new DTypeException("data type '" + name + "' not understood");
        };
    }

    /** numpy's name, as {@code print(a.dtype)} shows it. */
    @Override
    public String toString() {
        return numpyName;
    }
}

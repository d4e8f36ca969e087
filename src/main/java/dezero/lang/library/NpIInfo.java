package dezero.lang.library;

import dezero.core.DType;

/**
 * numpy's {@code iinfo(int64)}: the limits of an integer dtype ({@code .min}, {@code .max},
 * {@code .bits}, {@code .dtype}, {@code .kind}), Python ints all of them.
 */
record NpIInfo(DType dtype) {
    /** numpy's ValueError for a float or bool dtype. */
    static NpIInfo of(DType dtype) {
        if (!dtype.isInteger()) {
            String code = dtype.isBool() ? "b" : "f";
            throw dezero.lang.runtime.Py.valueError("Invalid integer data type '" + code + "'.");
        }
        return new NpIInfo(dtype);
    }

    long min() {
        return dtype.minValue();
    }

    long max() {
        return dtype.maxValue();
    }

    long bits() {
        return switch (dtype) {
            case UINT8 -> 8;
            case INT32 -> 32;
            default -> 64;
        };
    }

    String kind() {
        return dtype == DType.UINT8 ? "u" : "i";
    }

    /** {@code iinfo(min=0, max=255, dtype=uint8)}. */
    String repr() {
        return "iinfo(min=" + min() + ", max=" + max() + ", dtype=" + dtype.numpyName() + ")";
    }

    /** numpy's {@code str(iinfo)}: a small table of the limits. */
    String str() {
        String rule = "-".repeat(63);
        return "Machine parameters for " + dtype.numpyName() + "\n" + rule + "\nmin = " + min() + "\nmax = " + max()
                + "\n" + rule + "\n";
    }
}

package dezero.core;

import java.util.function.UnaryOperator;

/**
 * The exact values of int64 arrays whose elements reach past 2^53 in magnitude, where a
 * {@code double} no longer holds every integer (see {@link NDArray}'s "Storage"). An array
 * keeps a {@code long[]} of them beside its {@code double[]} only when some element needs it,
 * so the float kernels never see them; this class holds what the integer kernels share.
 */
final class ExactInts {
    /** Every integer up to this magnitude is a double exactly. */
    static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private ExactInts() {}

    /** True when {@code (double) v} is not {@code v}'s value: it lies beyond ±2^53. */
    static boolean beyondDouble(long v) {
        return v > EXACT_DOUBLE_LIMIT || v < -EXACT_DOUBLE_LIMIT;
    }

    /** {@code values} when some value lies beyond ±2^53, else null (the doubles say it all). */
    static long[] neededOrNull(long[] values) {
        for (long v : values) {
            if (beyondDouble(v)) {
                return values;
            }
        }
        return null;
    }

    /**
     * {@code move(src)} for an operation that only moves elements (transpose, broadcast,
     * indexing), its exact values carried along: the same move applied to the elements'
     * positions ({@code 0 .. n-1} as doubles, exact below 2^53) says where each result element
     * came from. Costs a second pass only for an array that has exact values.
     */
    static NDArray moved(NDArray src, UnaryOperator<NDArray> move) {
        NDArray r = move.apply(src);
        long[] exact = src.exactOrNull();
        if (exact == null || r == src || r.dtype() != DType.INT64) {
            return r;
        }
        double[] from = move.apply(positions(src.shapeRef())).buffer();
        long[] e = new long[from.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exact[(int) from[i]];
        }
        return r.withExact(e);
    }

    /** A float64 array of {@code shape} holding each element's flat position. */
    static NDArray positions(int[] shape) {
        double[] p = Buffers.of(shape);
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        return new NDArray(shape.clone(), p);
    }

    /**
     * A result buffer filled with integers: each value goes into the {@code double[]} (rounded
     * to the nearest double, as numpy converts int64 to float64), and into a {@code long[]}
     * that is allocated at the first value past ±2^53, so a result of small integers costs
     * nothing more than before.
     */
    static final class Results {
        final double[] values;
        private long[] exact;

        Results(int[] shape) {
            values = Buffers.of(shape);
        }

        void put(int i, long v) {
            values[i] = v;
            if (exact != null) {
                exact[i] = v;
            } else if (beyondDouble(v)) {
                exact = new long[values.length];
                for (int j = 0; j < i; j++) {
                    exact[j] = (long) values[j];
                }
                exact[i] = v;
            }
        }

        /** The array of {@code shape} and {@code dtype} over these values (takes ownership). */
        NDArray array(int[] shape, DType dtype) {
            return new NDArray(shape, values, dtype).withExact(exact);
        }
    }
}

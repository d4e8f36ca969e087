package dezero.core;

/**
 * The 32-bit Mersenne Twister as numpy's legacy {@code RandomState} runs it
 * ({@code numpy/random/src/mt19937}): seeded by {@code init_genrand}, with numpy's derived draws
 * (a 53-bit double from two outputs, a 64-bit integer from two outputs, high word first).
 */
final class MT19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] key = new int[N];
    private int pos;

    /** numpy's {@code mt19937_seed}, i.e. {@code init_genrand(seed)} for a seed in [0, 2^32). */
    void seed(long seed) {
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /**
     * numpy's {@code mt19937_init_by_array} (Matsumoto and Nishimura's {@code init_by_array}): the
     * state from {@code init_genrand(19650218)} mixed with every word of the key.
     */
    void seed(int[] initKey) {
        seed(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, initKey.length); k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
            if (j >= initKey.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = UPPER; // a non-zero state whatever the key
    }

    /** The next 32-bit output, as an unsigned value in an int. */
    int next32() {
        if (pos == N) {
            generate();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** The next 32-bit output as a non-negative long. */
    long nextUint32() {
        return next32() & 0xffffffffL;
    }

    /** Two outputs, the first in the high word (numpy's {@code mt19937_next64}). */
    long nextUint64() {
        long hi = nextUint32();
        return hi << 32 | nextUint32();
    }

    /** numpy's {@code mt19937_next_double}: 53 random bits in [0, 1). */
    double nextDouble() {
        int a = next32() >>> 5;
        int b = next32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void generate() {
        int i = 0;
        for (; i < N - M; i++) {
            int y = (key[i] & UPPER) | (key[i + 1] & LOWER);
            key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (key[i] & UPPER) | (key[i + 1] & LOWER);
            key[i] = key[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (key[N - 1] & UPPER) | (key[0] & LOWER);
        key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }
}

package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * numpy's legacy RandomState, draw for draw. The table random_draws.tsv comes from
 * scripts/gen/random_draws.py (numpy 2.4): for six seeds, 10,000 draws of each function,
 * compared through a SHA-256 of their float64/int64 bytes: every draw is numpy's bit for bit,
 * the normal ones too (they take glibc's log, as numpy's do).
 */
class RandomStateTest {
    private static final int N = 10_000;
    private static final Set<String> INTEGER_CASES = Set.of("randint_small", "randint_negative",
            "randint_full32", "randint_wide", "permutation", "choice", "choice_p", "choice_noreplace",
            "choice_noreplace_p");

    private static NDArray p100() {
        double[] p = new double[100];
        for (int i = 0; i < 100; i++) {
            p[i] = (i + 1) / 5050.0;
        }
        return NDArray.of(p);
    }

    /** The same calls as CASES in scripts/gen/random_draws.py. */
    private static final Map<String, Function<RandomState, NDArray>> CASES = Map.ofEntries(
            Map.entry("rand", r -> r.rand(N)),
            Map.entry("random_sample", r -> r.randomSample(100, N / 100)),
            Map.entry("randn", r -> r.randn(N)),
            Map.entry("standard_normal_odd", r -> r.standardNormal(N - 1)),
            Map.entry("normal", r -> r.normal(1.5, 2.0, N)),
            Map.entry("uniform", r -> r.uniform(-3.0, 5.0, N)),
            Map.entry("randint_small", r -> r.randint(0, 10, N)),
            Map.entry("randint_negative", r -> r.randint(-7, 3, N)),
            Map.entry("randint_full32", r -> r.randint(0, 1L << 32, N)),
            Map.entry("randint_wide", r -> r.randint(-1000, 1L << 40, N)),
            Map.entry("permutation", r -> r.permutation(N)),
            Map.entry("permutation_array", r -> r.permutation(NDArray.arange(0, N, 1).mul(0.5))),
            Map.entry("shuffle_rows", r -> {
                NDArray x = NDArray.arange(0, 2 * N, 1).reshape(N, 2);
                r.shuffle(x);
                return x;
            }),
            Map.entry("choice", r -> r.choice(100, true, null, N)),
            Map.entry("choice_p", r -> r.choice(100, true, p100(), N)),
            Map.entry("choice_noreplace", r -> r.choice(N, false, null, N / 2)),
            Map.entry("choice_noreplace_p", r -> r.choice(100, false, p100(), 60)),
            Map.entry("choice_array", r -> r.choice(NDArray.arange(0, 100, 1).mul(0.25), true, null, N)),
            Map.entry("sequence", r -> {
                double[] a = r.randn(3).toArray();
                double[] b = r.normal(2.0, 3.0, 4).toArray();
                double[] c = r.rand(2).toArray();
                double[] d = r.randn(1).toArray();
                return NDArray.of(concat(a, b, c, d));
            }));

    static Stream<Arguments> table() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (var in = RandomStateTest.class.getResourceAsStream("random_draws.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                rows.add(Arguments.of(Long.parseLong(f[0]), f[1], f[2], f[3], f[4]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("table")
    void drawsEqualNumpys(long seed, String name, String sha256, String first, String last) {
        RandomState r = new RandomState(seed);
        NDArray got = CASES.get(name).apply(r);
        double[] v = got.toArray();
        boolean integer = INTEGER_CASES.contains(name);
        assertEquals(first, integer ? Long.toString((long) v[0]) : NumpyFormat.pyFloat(v[0]), "first value");
        assertEquals(last, integer ? Long.toString((long) v[v.length - 1]) : NumpyFormat.pyFloat(v[v.length - 1]),
                "last value");
        assertEquals(sha256, digest(v, integer));
    }

    @Test
    void unseededGeneratorsDrawFromTheSystemsEntropy() {
        // Two fresh generators agree only if /dev/urandom gave the same 32 bits twice (one chance in 2^32).
        assertFalse(java.util.Arrays.equals(new RandomState().rand(2).toArray(), new RandomState().rand(2).toArray()));
    }

    @Test
    void theBooksFacts() {
        RandomState r = RandomState.global();
        // np.random.seed(0); np.random.rand(3)
        r.seed(0);
        assertArrayEquals(new double[] {0.5488135039273248, 0.7151893663724195, 0.6027633760716439},
                r.rand(3).toArray());
        // np.random.seed(0); print(np.random.randn(3))
        r.seed(0);
        assertEquals("[1.76405235 0.40015721 0.97873798]", r.randn(3).toString());
        // np.random.seed(0); np.random.permutation(10), then np.random.randint(0, 10, 5)
        r.seed(0);
        assertArrayEquals(new double[] {2, 8, 4, 9, 1, 6, 7, 3, 0, 5}, r.permutation(10).toArray());
        assertArrayEquals(new double[] {4, 7, 6, 8, 8}, r.randint(0, 10, 5).toArray());
    }

    @Test
    void aSeedOfSeveralWordsIsNumpysInitByArray() {
        RandomState r = new RandomState(0);
        // np.random.seed([1, 2, 3]); np.random.rand(2)
        r.seed(new long[] {1, 2, 3});
        assertArrayEquals(new double[] {0.6098612722867289, 0.8866970434146851}, r.rand(2).toArray());
        // np.random.seed(list(range(700))); np.random.rand(1): a key longer than the state
        long[] key = new long[700];
        for (int i = 0; i < key.length; i++) {
            key[i] = i;
        }
        r.seed(key);
        assertArrayEquals(new double[] {0.867898393018711}, r.rand(1).toArray());
        assertThrows(ArgumentException.class, () -> r.seed(new long[0]));
        assertThrows(ArgumentException.class, () -> r.seed(new long[] {1L << 32}));
    }

    @Test
    void sharedNdarrayRandnIsNumpys() {
        // np.random.seed(0); np.random.randn(2)
        NDArray.seed(0);
        assertArrayEquals(new double[] {1.764052345967664, 0.4001572083672233}, NDArray.randn(2).toArray());
        // np.random.seed(0); np.random.rand(2) -> [0.5488135  0.71518937]
        NDArray.seed(0);
        assertEquals("[0.5488135  0.71518937]", NDArray.rand(2).toString());
    }

    @Test
    void emptyShapeIsAZeroDimensionalDraw() {
        // np.random.seed(0); np.random.rand()
        RandomState r = new RandomState(0);
        NDArray x = r.rand();
        assertEquals(0, x.ndim());
        assertEquals(0.5488135039273248, x.item());
    }

    @Test
    void choiceSamples() {
        // np.random.seed(0); np.random.choice(5,3), np.random.choice(5,3,replace=False),
        // np.random.choice(5,3,p=[.1,.2,.3,.2,.2]), np.random.choice(5,3,replace=False,p=[.1,.2,.3,.2,.2])
        RandomState r = new RandomState(0);
        NDArray p = NDArray.of(.1, .2, .3, .2, .2);
        assertArrayEquals(new double[] {4, 0, 3}, r.choice(5, true, null, 3).toArray());
        assertArrayEquals(new double[] {0, 2, 1}, r.choice(5, false, null, 3).toArray());
        assertArrayEquals(new double[] {3, 2, 4}, r.choice(5, true, p, 3).toArray());
        assertArrayEquals(new double[] {4, 2, 3}, r.choice(5, false, p, 3).toArray());
    }

    @Test
    void seedsAboveTwoToThe31AreUnsigned() {
        // np.random.seed(2**31 + 5); np.random.rand(2) -> [0.95258869 0.59432227]
        assertEquals("[0.95258869 0.59432227]", new RandomState((1L << 31) + 5).rand(2).toString());
        // np.random.seed(2**32 - 1); np.random.rand(2)
        assertEquals("[0.09763203 0.91238285]", new RandomState((1L << 32) - 1).rand(2).toString());
    }

    @Test
    void errorsUseNumpysTexts() {
        RandomState r = new RandomState(0);
        // np.random.seed(-1), np.random.seed(2**32)
        assertEquals("Seed must be between 0 and 2**32 - 1",
                assertThrows(ArgumentException.class, () -> r.seed(-1)).getMessage());
        assertThrows(ArgumentException.class, () -> r.seed(1L << 32));
        // np.random.normal(0, -1)
        assertEquals("scale < 0", assertThrows(ArgumentException.class, () -> r.normal(0, -1)).getMessage());
        // np.random.randint(5, 5)
        assertEquals("low >= high", assertThrows(ArgumentException.class, () -> r.randint(5, 5)).getMessage());
        // np.random.choice(5, 6, replace=False)
        assertEquals("Cannot take a larger sample than population when 'replace=False'",
                assertThrows(ArgumentException.class, () -> r.choice(5, false, null, 6)).getMessage());
        // np.random.choice(5, 3, p=[0.5,0.5,0,0,0.1])
        assertEquals("probabilities do not sum to 1", assertThrows(ArgumentException.class,
                () -> r.choice(5, true, NDArray.of(.5, .5, 0, 0, .1), 3)).getMessage());
        // np.random.choice(5, 3, p=[0.5,0.5,-1,1,0])
        assertEquals("probabilities are not non-negative", assertThrows(ArgumentException.class,
                () -> r.choice(5, true, NDArray.of(.5, .5, -1, 1, 0), 3)).getMessage());
        // np.random.choice(5, 3, p=[0.5,0.5])
        assertEquals("'a' and 'p' must have same size", assertThrows(ArgumentException.class,
                () -> r.choice(5, true, NDArray.of(.5, .5), 3)).getMessage());
        // np.random.choice(3, 3, replace=False, p=[1,0,0])
        assertEquals("Fewer non-zero entries in p than size", assertThrows(ArgumentException.class,
                () -> r.choice(3, false, NDArray.of(1, 0, 0), 3)).getMessage());
        // np.random.choice(0, 3)
        assertEquals("a must be greater than 0 unless no samples are taken",
                assertThrows(ArgumentException.class, () -> r.choice(0, true, null, 3)).getMessage());
        // np.random.uniform(0, np.inf)
        assertEquals("Range exceeds valid bounds", assertThrows(OverflowException.class,
                () -> r.uniform(0, Double.POSITIVE_INFINITY)).getMessage());
        // np.random.permutation(np.float64(3.0))
        assertEquals("x must be an integer or at least 1-dimensional",
                assertThrows(IndexException.class, () -> r.permutation(NDArray.scalar(3))).getMessage());
    }

    private static double[] concat(double[]... parts) {
        return Stream.of(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static String digest(double[] v, boolean integer) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            if (integer) {
                bytes.putLong((long) x);
            } else {
                bytes.putDouble(x);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

package dezero.functions;

import static dezero.functions.Functions.broadcastTo;
import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.reshape;
import static dezero.functions.Functions.sum;
import static dezero.functions.Functions.sumTo;
import static dezero.functions.Functions.transpose;
import static dezero.functions.GradCheck.Domain.ANY;
import static dezero.functions.GradCheck.text;

import dezero.functions.GradCheck.Op;
import dezero.functions.GradCheck.OpCase;
import dezero.functions.References.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shape ops of {@link GradientCheckTest}: sum (every axis and keepdims combination, negative
 * axes), sum_to, broadcast_to, reshape with -1, transpose with and without axes, matmul with 1-d
 * and 2-d operands.
 */
final class ShapeCases {
    private static final int[] CUBE = {2, 3, 4};

    private ShapeCases() {}

    static List<OpCase> all() {
        List<OpCase> cases = new ArrayList<>();
        sums(cases);
        for (int[][] c : new int[][][] {
            {{2, 3}, {3}}, {{2, 3}, {1, 3}}, {{2, 3}, {2, 1}}, {{2, 3}, {}},
            {CUBE, {3, 1}}, {CUBE, {1, 3, 4}}, {CUBE, {4}}, {CUBE, {2, 1, 4}}}) {
            int[] target = c[1];
            add(cases, "sum_to " + text(c[0]) + " -> " + text(target), new int[][] {c[0]},
                    xs -> sumTo(xs[0], target), References.scatterAdd(target, idx -> References.broadcastIndex(idx, target)));
        }
        for (int[][] c : new int[][][] {
            {{3}, {2, 3}}, {{2, 1}, {2, 3}}, {{}, {2, 3}}, {{3, 1}, CUBE}, {{1}, {4}}, {{1, 3, 1}, CUBE}}) {
            int[] from = c[0];
            int[] target = c[1];
            add(cases, "broadcast_to " + text(from) + " -> " + text(target), new int[][] {from},
                    xs -> broadcastTo(xs[0], target), References.gather(target, idx -> References.broadcastIndex(idx, from)));
        }
        for (int[][] c : new int[][][] {
            {{2, 3}, {3, -1}, {3, 2}}, {CUBE, {-1}, {24}}, {{6}, {2, -1, 1}, {2, 3, 1}}, {CUBE, {4, -1}, {4, 6}},
            {{}, {1, 1}, {1, 1}}, {{2, 3}, {6}, {6}}}) {
            int[] target = c[1];
            int[] result = c[2];
            add(cases, "reshape " + text(c[0]) + " -> " + text(target), new int[][] {c[0]},
                    xs -> reshape(xs[0], target), References.gather(result, idx -> References.flatIndex(idx, result)));
        }
        for (int[] s : new int[][] {{}, {3}, {2, 3}, CUBE}) {
            int[] reversed = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                reversed[i] = s.length - 1 - i;
            }
            add(cases, "transpose " + text(s), new int[][] {s}, xs -> transpose(xs[0]), permutation(s, reversed));
        }
        for (int[] axes : new int[][] {{1, 0, 2}, {2, 0, 1}, {-1, 0, 1}, {0, 1, 2}}) {
            add(cases, "transpose " + text(CUBE) + " axes " + Arrays.toString(axes), new int[][] {CUBE},
                    xs -> transpose(xs[0], axes), permutation(CUBE, axes));
        }
        for (int[][] c : new int[][][] {
            {{2, 3}, {3, 4}}, {{3}, {3, 4}}, {{2, 3}, {3}}, {{3}, {3}}, {{1, 3}, {3, 1}}, {{4, 1}, {1, 5}}}) {
            add(cases, "matmul " + text(c[0]) + " " + text(c[1]), c, xs -> matmul(xs[0], xs[1]), References.matmul());
        }
        return cases;
    }

    private static void sums(List<OpCase> cases) {
        add(cases, "sum ()", new int[][] {{}}, xs -> sum(xs[0]), sumReference(new int[0], null, false));
        add(cases, "sum (3,)", new int[][] {{3}}, xs -> sum(xs[0]), sumReference(new int[] {3}, null, false));
        add(cases, "sum (2,3)", new int[][] {{2, 3}}, xs -> sum(xs[0]), sumReference(new int[] {2, 3}, null, false));
        add(cases, "sum (2,3,4)", new int[][] {CUBE}, xs -> sum(xs[0]), sumReference(CUBE, null, false));
        add(cases, "sum (2,3,4) keepdims", new int[][] {CUBE}, xs -> sum(xs[0], null, true),
                sumReference(CUBE, null, true));
        for (int axis : new int[] {0, 1, 2, -1, -2, -3}) {
            add(cases, "sum (2,3,4) axis " + axis, new int[][] {CUBE}, xs -> sum(xs[0], axis),
                    sumReference(CUBE, new int[] {axis}, false));
            add(cases, "sum (2,3,4) axis " + axis + " keepdims", new int[][] {CUBE}, xs -> sum(xs[0], axis, true),
                    sumReference(CUBE, new int[] {axis}, true));
        }
        for (int[] axes : new int[][] {{0, 2}, {-1, 0}, {0, 1, 2}, {}}) {
            for (boolean keepdims : new boolean[] {false, true}) {
                add(cases, "sum (2,3,4) axes " + Arrays.toString(axes) + (keepdims ? " keepdims" : ""),
                        new int[][] {CUBE}, xs -> sum(xs[0], axes, keepdims), sumReference(CUBE, axes, keepdims));
            }
        }
        add(cases, "sum (3,) axis 0", new int[][] {{3}}, xs -> sum(xs[0], 0), sumReference(new int[] {3}, new int[] {0}, false));
    }

    /** numpy's sum: the reduced axes (all when {@code axes} is null) are dropped, or kept as 1. */
    private static Reference sumReference(int[] shape, int[] axes, boolean keepdims) {
        boolean[] reduced = new boolean[shape.length];
        for (int a = 0; a < shape.length; a++) {
            reduced[a] = axes == null;
        }
        if (axes != null) {
            for (int a : axes) {
                reduced[a < 0 ? a + shape.length : a] = true;
            }
        }
        int[] kept = new int[shape.length];
        List<Integer> dropped = new ArrayList<>();
        for (int a = 0; a < shape.length; a++) {
            kept[a] = reduced[a] ? 1 : shape[a];
            if (!reduced[a]) {
                dropped.add(shape[a]);
            }
        }
        int[] out = keepdims ? kept : dropped.stream().mapToInt(Integer::intValue).toArray();
        return References.scatterAdd(out, idx -> {
            int[] k = idx.clone();
            for (int a = 0; a < k.length; a++) {
                if (reduced[a]) {
                    k[a] = 0;
                }
            }
            return References.flatIndex(k, kept);
        });
    }

    /** numpy's transpose: output axis {@code i} is input axis {@code axes[i]}. */
    private static Reference permutation(int[] shape, int[] axes) {
        int n = shape.length;
        int[] perm = new int[n];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = axes[i] < 0 ? axes[i] + n : axes[i];
            out[i] = shape[perm[i]];
        }
        return References.gather(out, idx -> {
            int[] in = new int[n];
            for (int i = 0; i < n; i++) {
                in[perm[i]] = idx[i];
            }
            return References.flatIndex(in, shape);
        });
    }

    private static void add(List<OpCase> cases, String label, int[][] shapes, Op op, Reference reference) {
        cases.add(new OpCase(label, shapes, ANY, op, reference));
    }
}

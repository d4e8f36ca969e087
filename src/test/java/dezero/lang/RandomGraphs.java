package dezero.lang;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.Functions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random differentiable expressions over DeZero's op set ({@code add sub mul div neg pow square exp
 * log sin cos tanh sigmoid sum sum_to broadcast_to reshape transpose matmul}) on random shapes with
 * broadcasting. Each node has its REPL source (Python: operators, calls and methods mixed; {@code F.sum},
 * as {@code sum} is Python's builtin) and its engine
 * computation. Inputs of {@code log}, of a divisor and of a fractional power are built positive and
 * away from 0 ({@code exp(sin(.))}, {@code sigmoid(.)}, {@code square(.) + 0.5}, ...), so every
 * function is smooth where it is evaluated and central differences are a fair oracle.
 */
final class RandomGraphs {
    /** A node: its shape, its source text, and its computation from the leaf Variables. */
    record Node(int[] shape, String src, Function<Variable[], Variable> eval) {}

    private final Random rnd;
    private final List<NDArray> leaves = new ArrayList<>();
    private final List<Boolean> positiveLeaves = new ArrayList<>();

    RandomGraphs(Random rnd) {
        this.rnd = rnd;
    }

    /** The leaves' values so far, in the order of their names {@code x0, x1, ...}. */
    List<NDArray> leaves() {
        return leaves;
    }

    /** A random expression of a random shape, {@code depth} levels at most. */
    Node expression(int depth) {
        return any(shape(rnd.nextInt(3)), depth);
    }

    private Node any(int[] s, int depth) {
        if (depth == 0 || rnd.nextInt(10) == 0) {
            return leaf(s, false);
        }
        int d = depth - 1;
        return switch (rnd.nextInt(16)) {
            case 0 -> broadcasting(s, d, false, "+", "add", Functions::add);
            case 1 -> broadcasting(s, d, false, "-", "sub", Functions::sub);
            case 2 -> broadcasting(s, d, false, "*", "mul", Functions::mul);
            case 3 -> {
                Node a = any(s, d);
                Node b = positive(reduced(s), d);
                yield node(s, rnd.nextBoolean() ? paren(a) + " / " + paren(b) : "div(" + a.src + ", " + b.src + ")",
                        v -> Functions.div(a.eval.apply(v), b.eval.apply(v)));
            }
            case 4 -> withConstant(s, any(s, d), false);
            case 5 -> {
                Node a = any(s, d);
                yield node(s, rnd.nextBoolean() ? "-" + paren(a) : "neg(" + a.src + ")", v -> Functions.neg(a.eval.apply(v)));
            }
            case 6 -> elementwise(s, any(s, d), pick("square", "sin", "cos", "tanh", "sigmoid"));
            case 7 -> {
                String inner = pick("sin", "tanh");
                Node a = elementwise(s, any(s, d), inner);
                yield elementwise(s, a, "exp");
            }
            case 8 -> elementwise(s, positive(s, d), "log");
            case 9 -> {
                Node a = any(s, d);
                int c = 2 + rnd.nextInt(2);
                yield node(s, rnd.nextBoolean() ? paren(a) + " ** " + c : "pow(" + a.src + ", " + c + ")",
                        v -> Functions.pow(a.eval.apply(v), c));
            }
            case 10 -> sum(s, d, false);
            case 11 -> sumTo(s, d, false);
            case 12 -> broadcastTo(s, d, false);
            case 13 -> reshape(s, d, false);
            case 14 -> transpose(s, d, false);
            default -> s.length == 2 ? matmul(s, d) : positive(s, d);
        };
    }

    private Node positive(int[] s, int depth) {
        if (depth == 0 || rnd.nextInt(10) == 0) {
            return leaf(s, true);
        }
        int d = depth - 1;
        return switch (rnd.nextInt(11)) {
            case 0 -> elementwise(s, elementwise(s, any(s, d), pick("sin", "tanh", "cos")), "exp");
            case 1 -> elementwise(s, any(s, d), "sigmoid");
            case 2 -> broadcasting(s, d, true, "+", "add", Functions::add);
            case 3 -> broadcasting(s, d, true, "*", "mul", Functions::mul);
            case 4 -> broadcasting(s, d, true, "/", "div", Functions::div);
            case 5 -> {
                Node a = elementwise(s, any(s, d), "square");
                yield node(s, paren(a) + " + 0.5", v -> Functions.add(a.eval.apply(v), 0.5));
            }
            case 6 -> {
                Node a = positive(s, d);
                double c = pick(0.5, 1.5, -1.0, -0.5, 2.0, 3.0);
                yield node(s, paren(a) + " ** " + c, v -> Functions.pow(a.eval.apply(v), c));
            }
            case 7 -> withConstant(s, positive(s, d), true);
            case 8 -> sum(s, d, true);
            case 9 -> reshape(s, d, true);
            default -> rnd.nextBoolean() ? transpose(s, d, true) : broadcastTo(s, d, true);
        };
    }

    private Node leaf(int[] s, boolean positive) {
        for (int i = 0; i < leaves.size(); i++) {
            if (Arrays.equals(leaves.get(i).shape(), s) && (positiveLeaves.get(i) || !positive) && rnd.nextInt(3) == 0) {
                return leafNode(i, s);
            }
        }
        int n = 1;
        for (int d : s) {
            n *= d;
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // Multiples of 1/8: exact in decimal, so the REPL's leaves equal the engine's.
            values[i] = positive ? 0.5 + rnd.nextInt(9) / 8.0 : -1.5 + rnd.nextInt(25) / 8.0;
        }
        leaves.add(NDArray.of(values, s));
        positiveLeaves.add(positive);
        return leafNode(leaves.size() - 1, s);
    }

    private static Node leafNode(int i, int[] s) {
        return new Node(s, "x" + i, v -> v[i]);
    }

    private interface Binary {
        Variable apply(Variable a, Variable b);
    }

    private Node broadcasting(int[] s, int d, boolean positive, String op, String name, Binary f) {
        Node a = positive ? positive(s, d) : any(s, d);
        Node b = positive ? positive(reduced(s), d) : any(reduced(s), d);
        Node left = rnd.nextBoolean() ? a : b;
        Node right = left == a ? b : a;
        String src = rnd.nextBoolean() ? paren(left) + " " + op + " " + paren(right)
                : name + "(" + left.src + ", " + right.src + ")";
        return node(s, src, v -> f.apply(left.eval.apply(v), right.eval.apply(v)));
    }

    private Node withConstant(int[] s, Node a, boolean positive) {
        double c = pick(0.5, 2.0, 1.25, 3.0);
        return switch (rnd.nextInt(positive ? 3 : 6)) {
            case 0 -> node(s, paren(a) + " + " + c, v -> Functions.add(a.eval.apply(v), c));
            case 1 -> node(s, c + " * " + paren(a), v -> Functions.mul(c, a.eval.apply(v)));
            case 2 -> node(s, paren(a) + " / " + c, v -> Functions.div(a.eval.apply(v), c));
            case 3 -> node(s, c + " - " + paren(a), v -> Functions.sub(c, a.eval.apply(v)));
            case 4 -> node(s, paren(a) + " - " + c, v -> Functions.sub(a.eval.apply(v), c));
            default -> node(s, c + " + " + paren(a), v -> Functions.add(c, a.eval.apply(v)));
        };
    }

    private Node elementwise(int[] s, Node a, String fn) {
        return node(s, fn + "(" + a.src + ")", v -> {
            Variable x = a.eval.apply(v);
            return switch (fn) {
                case "square" -> Functions.square(x);
                case "sin" -> Functions.sin(x);
                case "cos" -> Functions.cos(x);
                case "tanh" -> Functions.tanh(x);
                case "sigmoid" -> Functions.sigmoid(x);
                case "exp" -> Functions.exp(x);
                default -> Functions.log(x);
            };
        });
    }

    /** A sum over one axis (the child has it) or, for a scalar, over everything. */
    private Node sum(int[] s, int d, boolean positive) {
        if (s.length == 0) {
            Node a = positive ? positive(shape(1 + rnd.nextInt(2)), d) : any(shape(1 + rnd.nextInt(2)), d);
            return node(s, rnd.nextBoolean() ? "F.sum(" + a.src + ")" : paren(a) + ".sum()",
                    v -> Functions.sum(a.eval.apply(v)));
        }
        int[] ones = java.util.stream.IntStream.range(0, s.length).filter(i -> s[i] == 1).toArray();
        boolean keepdims = s.length == 3 || ones.length > 0 && rnd.nextBoolean();
        if (keepdims && ones.length == 0) {
            return positive ? positive(s, d) : any(s, d);
        }
        int axis = keepdims ? ones[rnd.nextInt(ones.length)] : rnd.nextInt(s.length + 1);
        int[] child = new int[keepdims ? s.length : s.length + 1];
        for (int i = 0, j = 0; i < child.length; i++) {
            child[i] = i == axis ? 2 + rnd.nextInt(2) : s[j++];
            if (keepdims && i == axis) {
                j++;
            }
        }
        Node a = positive ? positive(child, d) : any(child, d);
        int ax = axis;
        boolean kd = keepdims;
        String src = switch (rnd.nextInt(3)) {
            case 0 -> "F.sum(" + a.src + ", axis=" + ax + (kd ? ", keepdims=True" : "") + ")";
            case 1 -> "F.sum(" + a.src + ", " + ax + ", " + (kd ? "True" : "False") + ")";
            default -> paren(a) + ".sum(axis=" + ax + (kd ? ", keepdims=True" : "") + ")";
        };
        return node(s, src, v -> Functions.sum(a.eval.apply(v), new int[] {ax}, kd));
    }

    private Node sumTo(int[] s, int d, boolean positive) {
        int[] child = expanded(s);
        Node a = positive ? positive(child, d) : any(child, d);
        return node(s, "sum_to(" + a.src + ", " + tuple(s) + ")", v -> Functions.sumTo(a.eval.apply(v), s));
    }

    private Node broadcastTo(int[] s, int d, boolean positive) {
        int[] child = reduced(s);
        Node a = positive ? positive(child, d) : any(child, d);
        return node(s, "broadcast_to(" + a.src + ", " + tuple(s) + ")", v -> Functions.broadcastTo(a.eval.apply(v), s));
    }

    private Node reshape(int[] s, int d, boolean positive) {
        int n = 1;
        for (int x : s) {
            n *= x;
        }
        int[] child = rnd.nextBoolean() ? new int[] {n} : reversed(s);
        Node a = positive ? positive(child, d) : any(child, d);
        String src = rnd.nextBoolean() || s.length == 0 ? "reshape(" + a.src + ", " + tuple(s) + ")"
                : paren(a) + ".reshape(" + tuple(s).replaceAll("^\\(|,?\\)$", "") + ")";
        return node(s, src, v -> Functions.reshape(a.eval.apply(v), s));
    }

    private Node transpose(int[] s, int d, boolean positive) {
        int[] child = reversed(s);
        Node a = positive ? positive(child, d) : any(child, d);
        String src = switch (rnd.nextInt(3)) {
            case 0 -> "transpose(" + a.src + ")";
            case 1 -> paren(a) + ".T";
            default -> paren(a) + ".transpose()";
        };
        return node(s, src, v -> Functions.transpose(a.eval.apply(v)));
    }

    private Node matmul(int[] s, int d) {
        int k = 1 + rnd.nextInt(3);
        Node a = any(new int[] {s[0], k}, d);
        Node b = any(new int[] {k, s[1]}, d);
        // DeZero's Variable has no __matmul__: a @ b is a TypeError there, so only the function.
        String src = "matmul(" + a.src + ", " + b.src + ")";
        return node(s, src, v -> Functions.matmul(a.eval.apply(v), b.eval.apply(v)));
    }

    private static Node node(int[] s, String src, Function<Variable[], Variable> eval) {
        return new Node(s, src, eval);
    }

    /** A node's source in parentheses unless it is a name or a call (parentheses are always legal). */
    private static String paren(Node n) {
        return n.src.matches("[A-Za-z_][A-Za-z_0-9]*(\\(.*\\))?") && balancedCall(n.src) ? n.src : "(" + n.src + ")";
    }

    /** True when the whole text is one name or one call {@code f(...)}, not {@code f(a) + g(b)}. */
    private static boolean balancedCall(String src) {
        int depth = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < src.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private int[] shape(int ndim) {
        int[] s = new int[ndim];
        for (int i = 0; i < ndim; i++) {
            s[i] = 1 + rnd.nextInt(3);
        }
        return s;
    }

    /** A shape that broadcasts to {@code s}: some dimensions 1, maybe fewer leading ones. */
    private int[] reduced(int[] s) {
        int drop = s.length == 0 ? 0 : rnd.nextInt(s.length + 1);
        int[] r = Arrays.copyOfRange(s, drop, s.length);
        for (int i = 0; i < r.length; i++) {
            if (rnd.nextInt(3) == 0) {
                r[i] = 1;
            }
        }
        return r;
    }

    /** A shape that {@code sum_to} brings down to {@code s}: 1s grown, maybe a leading axis more. */
    private int[] expanded(int[] s) {
        int[] e = s.clone();
        for (int i = 0; i < e.length; i++) {
            if (e[i] == 1 && rnd.nextBoolean()) {
                e[i] = 2 + rnd.nextInt(2);
            }
        }
        if (e.length < 3 && rnd.nextBoolean()) {
            int[] lead = new int[e.length + 1];
            lead[0] = 2;
            System.arraycopy(e, 0, lead, 1, e.length);
            return lead;
        }
        return e;
    }

    private static int[] reversed(int[] s) {
        int[] r = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[s.length - 1 - i];
        }
        return r;
    }

    /** {@code (2, 3)}, {@code (3,)}, {@code ()}. */
    static String tuple(int[] s) {
        if (s.length == 1) {
            return "(" + s[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            sb.append(i > 0 ? ", " : "").append(s[i]);
        }
        return sb.append(')').toString();
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private double pick(double... options) {
        return options[rnd.nextInt(options.length)];
    }
}

package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property (a) of issue 7: whatever is typed, only the language's own errors come out (never an
 * exception, never an InternalError, never a Java stack trace), and the session still evaluates
 * {@code 1 + 1}. Each seed runs {@link #CASES} random strings, token sequences and ill-typed calls,
 * at the prompt and as a script; a failure names the seed and the input. And (part of (b)) printing
 * a tree as source and parsing it gives the same tree.
 */
class LangPropertyTest {
    /** Inputs of each kind per seed: 5 seeds x 2,000 = 10,000 of each kind, each at the prompt and as a script. */
    static final int CASES = 2000;

    private static final Set<String> KINDS = Arrays.stream(LangError.Kind.values())
            .filter(k -> k != LangError.Kind.InternalError).map(Enum::name).collect(Collectors.toSet());

    /** Characters a classroom types, and some nobody should: controls, NUL, lone surrogates, marks, emoji. */
    private static final String ALPHABET = "abcxyzXT_019.eE+-*/@=()[],;:#'\" \t\r\n\0\\{}$!?<>%&|^~`"
            + "άé\u00a0\u2028\ufeff\ufffd\ud800\udc00😀ﬁ２";

    /** Tokens of the language (and of Python it does not have), without {@code save}, {@code quit} and {@code exit}. */
    private static final List<String> TOKENS = List.of("x", "y", "z", "a", "grad", "data", "T", "shape", "creator",
            "generation", "inputs", "outputs", "name", "size", "ndim", "backward", "cleargrad", "reshape",
            "transpose", "sum", "add", "sub", "mul", "div", "neg", "pow", "square", "exp", "log", "sin", "cos",
            "tanh", "sigmoid", "sum_to", "broadcast_to", "matmul", "array", "ones", "zeros", "arange", "linspace",
            "randn", "seed", "print", "Variable", "len", "np", "random", "np.random", "vars", "help", "reset",
            "nograd", "load", "graph", "trace", "mem", "stack", "--ascii", "--no-heap", "on", "off", "retain", "create_graph", "limits", "axis", "keepdims", "sep",
            "retain_grad", "0", "1", "2", "3", "0.5", "-1", "10", "1e300", "1e-300", "2.5e3", "'a'", "\"b\"",
            "True", "False", "None", "for", "def", "with", "import", "from", "numpy", "lambda", "in", "+", "-", "*",
            "/", "**", "@", "=", "==", ".", ",", ";", "(", ")", "[", "]", ":", "#", "(", ")", "(", ")", "[", "]");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomStringsGiveOnlyLanguageErrors(long seed) {
        Random rnd = new Random(seed);
        Session session = fresh();
        for (int i = 0; i < CASES; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            session = check(session, sb.toString(), seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTokenSequencesGiveOnlyLanguageErrors(long seed) {
        Random rnd = new Random(seed);
        Session session = fresh();
        for (int i = 0; i < CASES; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(TOKENS.get(rnd.nextInt(TOKENS.size()))).append(rnd.nextInt(3) == 0 ? "" : " ");
            }
            session = check(session, sb.toString(), seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomCallsWithArgumentsOfAnyTypeGiveOnlyLanguageErrors(long seed) {
        Random rnd = new Random(seed);
        Session session = fresh();
        for (int i = 0; i < CASES; i++) {
            String line = rnd.nextInt(4) == 0 ? "w = " + call(rnd, 3) : call(rnd, 3);
            session = check(session, line + (rnd.nextBoolean() ? "; backward w" : ""), seed);
        }
    }

    /** A well-formed expression whose values and shapes are anything: the evaluator must reject the wrong ones. */
    private static String call(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            return atom(rnd);
        }
        return switch (rnd.nextInt(7)) {
            case 0 -> call(rnd, depth - 1) + " " + pick(rnd, "+", "-", "*", "/", "**", "@") + " " + call(rnd, depth - 1);
            case 1 -> "-" + call(rnd, depth - 1);
            case 2 -> "(" + call(rnd, depth - 1) + ")." + pick(rnd, Attributes.VARIABLE.toArray(String[]::new));
            case 3 -> "(" + call(rnd, depth - 1) + ")." + pick(rnd, "backward", "cleargrad", "reshape", "transpose",
                    "sum") + "(" + args(rnd, depth - 1) + ")";
            case 4 -> "(" + call(rnd, depth - 1) + ")[" + call(rnd, depth - 1) + "]";
            default -> {
                List<Builtin> all = Builtins.standard().all().stream().filter(b -> !b.name().equals("print")).toList();
                Builtin b = all.get(rnd.nextInt(all.size()));
                int max = b.maxArgs() < 0 ? b.minArgs() + 3 : b.maxArgs();
                int n = rnd.nextInt(5) == 0 ? rnd.nextInt(4) : b.minArgs() + rnd.nextInt(max - b.minArgs() + 1);
                yield b.name() + "(" + args(rnd, depth - 1, n) + ")";
            }
        };
    }

    private static String args(Random rnd, int depth) {
        return args(rnd, depth, rnd.nextInt(4));
    }

    private static String args(Random rnd, int depth, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? ", " : "").append(call(rnd, depth));
        }
        if (rnd.nextInt(4) == 0) {
            sb.append(n > 0 ? ", " : "").append(pick(rnd, "axis", "keepdims", "name", "retain_grad", "create_graph",
                    "shape", "num", "step", "stop", "x")).append('=').append(atom(rnd));
        }
        return sb.toString();
    }

    private static String atom(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> pick(rnd, "0", "1", "2", "3", "-1", "0.5", "1e300", "-0.0", "10", "2**31", "1e-320");
            case 1 -> pick(rnd, "x", "y", "z", "a", "e", "m", "s", "f", "np", "np.random", "w");
            case 2 -> pick(rnd, "[]", "[1, 2, 3]", "[[1, 2], [3, 4]]", "[[1], [2, 3]]", "[x, x]", "[a]", "()",
                    "(2, 3)", "(3,)", "(-1,)", "(0, 0)", "[True, None]");
            case 3 -> pick(rnd, "'a'", "None", "True", "False", "print", "square", "y.creator", "ones(0)");
            default -> pick(rnd, "log(-1)", "1 / zeros(3)", "exp(1000)", "ones((1, 1, 1))", "randn(2, 2)",
                    "zeros((0, 3))", "arange(5)", "linspace(0, 1, 4)");
        };
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }

    /** Printing a random tree as source and parsing it gives the same tree (5 seeds x 2,000 trees). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void printingThenParsingATreeGivesTheSameTree(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            Expr tree = tree(rnd, 6);
            String source = SourcePrinter.print(tree);
            Expr parsed = new Parser(Lexer.scan(source, w -> false)).parseExpression();
            assertEquals(AstPrinter.print(tree), AstPrinter.print(parsed), () -> "seed " + seed + ": " + source);
        }
    }

    /** The sources of {@link RandomGraphs} parse, print and parse again to the same tree. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void generatedProgramsSurviveAPrintParseRoundTrip(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            String source = new RandomGraphs(rnd).expression(5).src();
            Expr once = new Parser(Lexer.scan(source, w -> false)).parseExpression();
            Expr twice = new Parser(Lexer.scan(SourcePrinter.print(once), w -> false)).parseExpression();
            assertEquals(AstPrinter.print(once), AstPrinter.print(twice), () -> "seed " + seed + ": " + source);
        }
    }

    /** A random syntax tree: every kind of node, any nesting, no meaning required. */
    private static Expr tree(Random rnd, int depth) {
        Span at = Span.NONE;
        if (depth == 0 || rnd.nextInt(5) == 0) {
            return switch (rnd.nextInt(4)) {
                case 0 -> new Expr.Num(pick(rnd, "0", "7", "2.5", "1e-05", "3.0e+2", ".5", "10"), at);
                case 1 -> new Expr.Str(pick(rnd, "a", "it's", "say \"hi\"", "back\\slash", "tab\tand\nnewline", "",
                        "both ' and \""), at);
                case 2 -> new Expr.Keyword(pick(rnd, "True", "False", "None"), at);
                default -> new Expr.Name(pick(rnd, "x", "y", "grad", "α", "_t", "np"), at);
            };
        }
        int d = depth - 1;
        return switch (rnd.nextInt(8)) {
            case 0, 1 -> new Expr.Binary(tree(rnd, d), pick(rnd, "+", "-", "*", "/", "@", "**"), tree(rnd, d), at, at);
            case 2 -> new Expr.Unary(pick(rnd, "-", "+"), tree(rnd, d), at);
            case 3 -> {
                List<Expr.Kwarg> kwargs = new java.util.ArrayList<>();
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    kwargs.add(new Expr.Kwarg(pick(rnd, "axis", "keepdims", "name"), tree(rnd, d), at));
                }
                yield new Expr.Call(tree(rnd, d), items(rnd, d), List.copyOf(kwargs), at);
            }
            case 4 -> new Expr.Attribute(tree(rnd, d), pick(rnd, "T", "grad", "data", "shape", "x"), at);
            case 5 -> new Expr.Index(tree(rnd, d), tree(rnd, d), at);
            case 6 -> new Expr.ListExpr(items(rnd, d), at);
            default -> new Expr.TupleExpr(items(rnd, d), at);
        };
    }

    private static List<Expr> items(Random rnd, int depth) {
        List<Expr> items = new java.util.ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
            items.add(tree(rnd, depth));
        }
        return List.copyOf(items);
    }

    private static Session fresh() {
        Session s = new Session();
        assertEquals("", s.eval("x = [1., 2., 3.]; y = square(x) * 2; z = 2; a = ones((2, 3)); e = ones(0); "
                + "m = randn(3, 3); s = 'text'; f = y.creator; w = 1; backward y").err());
        return s;
    }

    /** Runs one input at the prompt and as a script; returns the session to go on with. */
    private static Session check(Session session, String input, long seed) {
        String what = "seed " + seed + ", input " + Repr.repr(new Value.Str(input));
        assertOnlyLanguageErrors(session.eval(input), what);
        assertOnlyLanguageErrors(session.runScript("fuzz.dz", input), what + " as a script");
        assertFalse(Thread.currentThread().isInterrupted(), what);
        if (session.isQuitRequested()) {
            return fresh();
        }
        assertEquals(new Result("2\n", "", Result.Status.OK), session.eval("1 + 1"), what);
        return session.variables().size() > 50 ? fresh() : session;
    }

    private static void assertOnlyLanguageErrors(Result r, String what) {
        if (r.status() == Result.Status.OK) {
            assertEquals("", r.err(), what);
            return;
        }
        String[] lines = r.err().split("\n");
        String headline = r.err().startsWith("fuzz.dz") ? lines[0].replaceFirst("^fuzz\\.dz(:\\d+:\\d+)?: ", "")
                : lines[lines.length - 1];
        String kind = headline.split(":", 2)[0];
        assertTrue(KINDS.contains(kind), () -> what + " gave " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> what + " gave " + r.err());
    }
}

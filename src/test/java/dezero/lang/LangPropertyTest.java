package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is typed, only Python's errors come out (never a Java exception, never an internal
 * error, never a Java stack trace), and the session still evaluates
 * {@code 1 + 1}. Each seed runs {@link #CASES} random strings, token sequences and ill-typed calls,
 * at the prompt and as a script; a failure names the seed and the input.
 */
class LangPropertyTest {
    /** Inputs of each kind per seed: 5 seeds x 2,000 = 10,000 of each kind, each at the prompt and as a script. */
    static final int CASES = 2000;

    /**
     * Python's exception classes: what any input may end in (never a Java class, never
     * InternalError), with its module for a library's ({@code numpy.exceptions.AxisError}).
     */
    private static final java.util.regex.Pattern KINDS = java.util.regex.Pattern.compile(
            "(?:[a-z_][a-z_0-9]*\\.)*(?!InternalError)[A-Z][A-Za-z]*(Error|Exception|Interrupt|Exit|Iteration|Warning)");

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

    /** Found by this property: Python's pow with a modulus on a DeZero Variable (CPython 3.11 + DeZero's text). */
    @Test
    void pythonsThreeArgumentPow() {
        Session s = fresh();
        assertEquals("TypeError: pow() takes 2 positional arguments but 3 were given",
                Eval.error(s, "pow(x, 2, 3)"));
    }

    /** A well-formed expression whose values and shapes are anything: the evaluator must reject the wrong ones. */
    private static String call(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            return atom(rnd);
        }
        return switch (rnd.nextInt(7)) {
            case 0 -> call(rnd, depth - 1) + " " + pick(rnd, "+", "-", "*", "/", "**", "@") + " " + call(rnd, depth - 1);
            case 1 -> "-" + call(rnd, depth - 1);
            case 2 -> "(" + call(rnd, depth - 1) + ")." + pick(rnd, "data", "grad", "creator", "generation", "name",
                    "shape", "ndim", "size", "T", "dtype", "inputs", "outputs");
            case 3 -> "(" + call(rnd, depth - 1) + ")." + pick(rnd, "backward", "cleargrad", "reshape", "transpose",
                    "sum") + "(" + args(rnd, depth - 1) + ")";
            case 4 -> "(" + call(rnd, depth - 1) + ")[" + call(rnd, depth - 1) + "]";
            default -> {
                String f = pick(rnd, FUNCTIONS);
                yield f + "(" + args(rnd, depth - 1, rnd.nextInt(4)) + ")";
            }
        };
    }

    /** Functions of the session (DeZero's, numpy's, Python's builtins) to call with arguments of any type. */
    private static final String[] FUNCTIONS = {"add", "sub", "mul", "div", "neg", "pow", "square", "exp", "log", "sin",
        "cos", "tanh", "sigmoid", "sum_to", "broadcast_to", "matmul", "reshape", "transpose", "F.sum", "F.relu",
        "F.softmax", "F.mean_squared_error", "F.linear", "F.get_item", "F.softmax_cross_entropy", "np.array",
        "np.ones", "np.zeros", "np.arange", "np.linspace", "np.random.randn", "np.sum", "np.dot", "np.exp",
        "Variable", "len", "sum", "max", "min", "abs", "range", "list", "tuple", "int", "float", "str",
        "sorted", "round", "isinstance", "as_variable", "as_array"};

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
            case 3 -> pick(rnd, "'a'", "None", "True", "False", "print", "square", "y.creator", "np.ones(0)");
            default -> pick(rnd, "log(x)", "1 / np.zeros(3)", "exp(x * 1000)", "np.ones((1, 1, 1))",
                    "np.random.randn(2, 2)", "np.zeros((0, 3))", "np.arange(5)", "np.linspace(0, 1, 4)",
                    "Variable(np.array([1.0, -1.0]))");
        };
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static Session fresh() {
        Session s = new Session();
        assertEquals("", s.eval("x = Variable(np.array([1., 2., 3.])); y = square(x) * 2; z = 2; "
                + "a = np.ones((2, 3)); e = np.ones(0); m = np.random.randn(3, 3); s = 'text'; f = y.creator; w = 1\n"
                + "backward y").err());
        return s;
    }

    /** Runs one input at the prompt and as a script; returns the session to go on with. */
    private static Session check(Session session, String input, long seed) {
        String what = "seed " + seed + ", input " + Session.repr(input);
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
        assertTrue(KINDS.matcher(kind).matches(), () -> what + " gave " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("java.") || r.err().contains("internal error"),
                () -> what + " gave " + r.err());
    }
}

package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {
    private final Session session = new Session();

    private String out(String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), () -> "unexpected error for " + line.substring(0, Math.min(80, line.length())));
        return r.out().strip();
    }

    private String err(String line) {
        String e = session.eval(line).err().strip();
        return e.substring(e.lastIndexOf('\n') + 1);
    }

    @Test
    void stringEscapesDecodeAsPythonsDo() {
        // CPython 3.11: print('\x41', '\u00e9', 'a\101b', '\U0001F600', len('\a\b\f\v\r'), len('\0'))
        // -> A é aAb 😀 5 1; compile("'\x4'", ...) and the others give the SyntaxErrors below.
        assertEquals("A é aAb 😀 5 1", out("print('\\x41', '\\u00e9', 'a\\101b', '\\U0001F600', len('\\a\\b\\f\\v\\r'), "
                + "len('\\0'))"));
        assertEquals("SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated "
                + "\\xXX escape", err("s = '\\x4'"));
        assertEquals("SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated "
                + "\\uXXXX escape", err("s = 'ab\\u12'"));
        assertEquals("SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal "
                + "Unicode character", err("s = '\\U00110000'"));
    }

    /** Expected values worked out by hand (or with numpy 2.4.6 where noted). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 + 2 * 3|7",
        "7 / 2|3.5",
        "2 ** 3 ** 2|512",
        "-2 ** 2|-4",
        "(1 + 2) * 3.0|9.0",
        "'a' + 'b'|'ab'",
        "Variable(2) * 3 + 1|variable(7.0)",
        "1 - Variable(2)|variable(-1.0)",
        "2 / Variable(4)|variable(0.5)",
        "Variable([1, 2]) ** 2|variable([1. 4.])",
        "[1, 2] + [3, 4]|[4. 6.]",
        "np.array([[1, 2], [3, 4]]) @ [1, 1]|[3. 7.]",
        "matmul([[1, 2]], [[3], [4]])|variable([[11.]])",
        "sum(ones((2, 3)), 0)|variable([2. 2. 2.])",
        "sum(ones((2, 3)), axis=1, keepdims=True).shape|(2, 1)",
        "sum_to(ones((2, 3)), (1, 3))|variable([[2. 2. 2.]])",
        "broadcast_to(Variable(1), (2,)).data|[1. 1.]",
        "reshape(arange(6), (2, 3)).shape|(2, 3)",
        "Variable(arange(6)).reshape(3, 2).shape|(3, 2)",
        "Variable(ones((2, 3))).T.shape|(3, 2)",
        "transpose(ones((2, 3, 4)), 2, 0, 1).shape|(4, 2, 3)",
        "linspace(0, 1, 5)|[0.   0.25 0.5  0.75 1.  ]",
        "arange(1, 2, 0.5)|[1.  1.5]",
        "zeros(2)|[0. 0.]",
        "sigmoid(0)|variable(0.5)",
        "tanh(0) + cos(0) + sin(0) + exp(0) + log(1)|variable(2.0)",
        "neg(3)|variable(-3.0)",
        "pow(2, 3)|variable(8.0)",
        "len(ones((4, 2)))|4",
        "np.ones(3).ndim|1",
        "Variable(ones((2, 3))).size|6",
        "Variable(1).generation|0",
        "square(Variable(1)).generation|1",
        "(3,)|(3,)",
        "[1, 'a', None]|[1, 'a', None]",
        "square|<function square>",
        "Variable(1).backward|<bound method Variable.backward>",
        "np|<module 'numpy'>",
        "np.random|<module 'numpy.random'>",
    })
    void evaluatesTo(String expression, String expected) {
        assertEquals(expected, out(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "add(1, 2, 3)|TypeError: add() takes 2 arguments (3 given)",
        "sum()|TypeError: sum() takes from 1 to 3 arguments (0 given)",
        "add(1, y=2)|TypeError: add() got an unexpected keyword argument 'y'",
        "add(1, x0=2)|TypeError: add() got multiple values for argument 'x0'",
        "'a' + 1|TypeError: unsupported operand type(s) for +: 'str' and 'int'",
        "Variable(1) + 'a'|TypeError: unsupported operand type(s) for +: 'Variable' and 'str'",
        "2 ** Variable(2)|TypeError: unsupported operand type(s) for **: 'int' and 'Variable' (pow takes a Variable and a constant exponent)",
        "-'a'|TypeError: bad operand type for unary -: 'str'",
        "ones(2.5)|TypeError: 'float' object cannot be interpreted as an integer (ones() argument 'shape')",
        "1 / 0|ZeroDivisionError: division by zero",
        "Variable(1)[0]|TypeError: 'Variable' object is not subscriptable (DeZero's steps 11-18 have no get_item; index its .data)",
        "[1, 2][5]|IndexError: list index out of range",
        "np.exp|AttributeError: module 'numpy' has no attribute 'exp'",
        "Variable(1).gard|AttributeError: 'Variable' object has no attribute 'gard'; did you mean 'grad'?",
        "3(1)|TypeError: 'int' object is not callable",
        "len(3)|TypeError: object of type 'int' has no len()",
        "Variable('a')|TypeError: Variable() argument 'data' must be a Variable, an array, a list or a number, not 'str'",
        "[[1, 2], [3]] + 1|ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.",
        "reshape(arange(6), 7)|ValueError: cannot reshape array of size 6 into shape (7,)",
        "ones(-1)|ValueError: negative dimensions are not allowed",
        "matmul(ones((2, 3)), ones((2, 3)))|ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",
    })
    void failsWith(String expression, String expected) {
        assertEquals(expected, err(expression));
    }

    @Test
    void numbersMixedWithVariablesAreConstants() {
        out("x = 3; y = 2 * x + 1");
        out("backward y");
        assertEquals("variable(2.0)", out("x.grad"));
        assertEquals("Add", out("y.creator").replaceAll("<(\\w+) .*", "$1"));
    }

    @Test
    void assignmentNamesAnUnnamedVariable() {
        out("x = 3; y = square(x); z = y");
        assertEquals("'y'", out("z.name"));
        assertEquals("'x'", out("x.name"));
    }

    @Test
    void arraysAndListsAssignedBecomeLeafVariables() {
        assertEquals("a = variable([1. 1.])", out("a = np.ones(2)"));
        assertEquals("s = (2,)", out("s = a.shape"));
        assertEquals("t = 'text'", out("t = 'text'"));
        assertTrue(session.values().get("s") instanceof Value.Tuple);
    }

    @Test
    void seedMakesRandnRepeatable() {
        String first = out("np.random.seed(7); np.random.randn(3)");
        assertEquals(first, out("random.seed(7); randn(3)"));
    }

    @Test
    void nanAndInfinityPrintAsNumpyDoes() {
        assertEquals("variable(-inf)\nvariable(nan)\nvariable(inf)", out("log(0); log(-1); exp(1000)"));
    }

    @Test
    void deeplyNestedLegalExpressionEvaluates() {
        String e = "(".repeat(150) + "Variable(1)" + " + 1)".repeat(150);
        assertEquals("variable(151.0)", out(e));
        assertEquals("variable(991.0)", out("Variable(1)" + " + 1".repeat(990)));
    }
}

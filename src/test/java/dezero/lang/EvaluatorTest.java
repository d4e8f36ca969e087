package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions evaluate to Python's values and fail with Python's errors. Expected values and error texts:
 * {@code src/test/resources/dezero/lang/repl_oracle.py} on the same expressions (CPython 3.11, numpy 2.4,
 * DeZero), unless a comment says otherwise.
 */
class EvaluatorTest {
    private final Session session = new Session();

    private String out(String line) {
        return Eval.out(session, line).strip();
    }

    private String err(String line) {
        return Eval.error(session, line);
    }

    @Test
    void stringEscapesDecodeAsPythonsDo() {
        // CPython 3.11: print('\x41', '\u00e9', 'a\101b', '\U0001F600', len('\a\b\f\v\r'), len('\0'))
        // -> A é aAb 😀 5 1
        assertEquals("A é aAb 😀 5 1", out("print('\\x41', '\\u00e9', 'a\\101b', '\\U0001F600', len('\\a\\b\\f\\v\\r'), "
                + "len('\\0'))"));
    }

    /** CPython 3.11's texts (compile() of each line), which the interpreter gives too. */
    @Test
    void pythonErrorTexts() {
        assertEquals("SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated "
                + "\\xXX escape", err("s = '\\x4'"));
        assertEquals("TypeError: add() takes 2 positional arguments but 3 were given", err("add(1, 2, 3)"));
        assertEquals("TypeError: sum() takes at least 1 positional argument (0 given)", err("sum()"));
        assertEquals("TypeError: expected a sequence of integers or a single integer, got '2.5'", err("np.ones(2.5)"));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", err("'a' + 1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 + 2 * 3|7",
        "7 / 2|3.5",
        "2 ** 3 ** 2|512",
        "-2 ** 2|-4",
        "(1 + 2) * 3.0|9.0",
        "'a' + 'b'|'ab'",
        "Variable(np.array(2.0)) * 3 + 1|variable(7.0)",
        "1 - Variable(np.array(2.0))|variable(-1.0)",
        "2 / Variable(np.array(4.0))|variable(0.5)",
        "Variable(np.array([1.0, 2.0])) ** 2|variable([1. 4.])",
        "[1, 2] + [3, 4]|[1, 2, 3, 4]",
        "np.array([1, 2]) + np.array([3, 4])|array([4, 6])",
        "np.array([[1, 2], [3, 4]]) @ np.array([1, 1])|array([3, 7])",
        "matmul(Variable(np.array([[1.0, 2.0]])), np.array([[3.0], [4.0]]))|variable([[11.]])",
        "F.sum(Variable(np.ones((2, 3))), axis=0)|variable([2. 2. 2.])",
        "F.sum(Variable(np.ones((2, 3))), axis=1, keepdims=True).shape|(2, 1)",
        "sum_to(Variable(np.ones((2, 3))), (1, 3))|variable([[2. 2. 2.]])",
        "broadcast_to(Variable(np.array(1.0)), (2,)).data|array([1., 1.])",
        "reshape(Variable(np.arange(6)), (2, 3)).shape|(2, 3)",
        "Variable(np.arange(6)).reshape(3, 2).shape|(3, 2)",
        "Variable(np.ones((2, 3))).T.shape|(3, 2)",
        "transpose(Variable(np.ones((2, 3, 4))), (2, 0, 1)).shape|(4, 2, 3)",
        "np.linspace(0, 1, 5)|array([0.  , 0.25, 0.5 , 0.75, 1.  ])",
        "np.arange(1, 2, 0.5)|array([1. , 1.5])",
        "np.zeros(2)|array([0., 0.])",
        "sigmoid(Variable(np.array(0.0)))|variable(0.5)",
        "tanh(Variable(np.array(0.0))) + cos(Variable(np.array(0.0))) + sin(Variable(np.array(0.0))) + exp(Variable(np.array(0.0))) + log(Variable(np.array(1.0)))|variable(2.0)",
        "neg(Variable(np.array(3.0)))|variable(-3.0)",
        "len(np.ones((4, 2)))|4",
        "np.ones(3).ndim|1",
        "Variable(np.ones((2, 3))).size|6",
        "Variable(np.array(1.0)).generation|0",
        "square(Variable(np.array(1.0))).generation|1",
        "(3,)|(3,)",
        "[1, 'a', None]|[1, 'a', None]",
        "Variable(np.array([1.0, 2.0]))[1]|variable(2.0)",
    })
    void evaluatesTo(String expression, String expected) {
        assertEquals(expected, out(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "-'a'|TypeError: bad operand type for unary -: 'str'",
        "1 / 0|ZeroDivisionError: division by zero",
        "[1, 2][5]|IndexError: list index out of range",
        "np.nothing|AttributeError: module 'numpy' has no attribute 'nothing'",
        "Variable(np.array(1.0)).gard|AttributeError: 'Variable' object has no attribute 'gard'",
        "3(1)|TypeError: 'int' object is not callable",
        "len(3)|TypeError: object of type 'int' has no len()",
        "Variable(np.arange(6)).reshape(7)|ValueError: cannot reshape array of size 6 into shape (7,)",
        "np.ones(-1)|ValueError: negative dimensions are not allowed",
        "np.ones((2, 3)) @ np.ones((2, 3))|ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",

    })
    void failsWith(String expression, String expected) {
        assertEquals(expected, err(expression));
    }

    @Test
    void numbersMixedWithVariablesAreConstants() {
        out("x = Variable(np.array(3.0)); y = 2 * x + 1");
        out("backward y");
        assertEquals("variable(2.0)", out("x.grad"));
        assertEquals("Add", Session.typeName(session.peek(java.util.List.of("y", "creator"))));
    }

    @Test
    void assigningAVariableToAnotherNameIsTheSameObject() {
        // python3: z = y binds the same Variable; DeZero's name stays None until given.
        out("x = Variable(np.array(3.0)); y = square(x); z = y");
        assertEquals("True", out("z is y"));
        assertEquals("", out("z.name"));
    }

    @Test
    void arraysAndListsStayWhatTheyAre() {
        assertEquals("a = array([1., 1.])", out("a = np.ones(2)"));
        assertEquals("s = (2,)", out("s = a.shape"));
        assertEquals("t = 'text'", out("t = 'text'"));
        assertEquals("tuple", Session.typeName(session.values().get("s")));
        assertEquals("ndarray", Session.typeName(session.values().get("a")));
    }

    @Test
    void seedMakesRandnRepeatable() {
        // numpy 2.4: np.random.seed(7); np.random.randn(3) twice gives the same array.
        String first = out("np.random.seed(7); np.random.randn(3)");
        assertEquals("array([ 1.6905257 , -0.46593737,  0.03282016])", first);
        assertEquals(first, out("np.random.seed(7); np.random.randn(3)"));
    }

    @Test
    void nanAndInfinityPrintAsNumpyDoes() {
        assertEquals("array([-inf,  nan])\nnp.float64(inf)", out("np.log(np.array([0.0, -1.0])); np.exp(1000.0)"));
        // DeZero: log of a Variable is numpy's log of its data.
        assertEquals("variable(-inf)", out("log(Variable(np.array(0.0)))"));
    }

    @Test
    void deeplyNestedLegalExpressionEvaluates() {
        // Python: 1 + 150 ones is 151; 1 + 990 ones is 991.
        String e = "(".repeat(150) + "Variable(np.array(1.0))" + " + 1)".repeat(150);
        assertEquals("variable(151.0)", out(e));
        assertEquals("variable(991.0)", out("Variable(np.array(1.0))" + " + 1".repeat(990)));
    }
}

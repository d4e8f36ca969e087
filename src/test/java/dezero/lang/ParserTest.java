package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
    private static final Set<String> COMMANDS = Set.of("backward", "nograd", "save");

    private static String ast(String line) {
        return AstPrinter.print(new Parser(Lexer.scan(line, COMMANDS::contains)).parseLine());
    }

    private static LangError syntaxError(String line) {
        LangError e = assertThrows(LangError.class, () -> ast(line));
        assertEquals(LangError.Kind.SyntaxError, e.kind());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "y = add(square(x), x)|(= y (add (square x) x))",
        "x = Variable(np.array(3.0))|(= x (Variable (call (. np array) 3.0)))",
        "1 + 2 * 3 - 4|(- (+ 1 (* 2 3)) 4)",
        "a - b - c|(- (- a b) c)",
        "-x ** 2|(- (** x 2))",
        "2 ** 3 ** 2|(** 2 (** 3 2))",
        "2 ** -1|(** 2 (- 1))",
        "x @ W + b|(+ (@ x W) b)",
        "y.backward(retain_grad=True)|(call (. y backward) retain_grad=True)",
        "x.grad.data[0]|(index (. (. x grad) data) 0)",
        "[1, [2, 3]]|(list 1 (list 2 3))",
        "(2, 3)|(tuple 2 3)",
        "(2,)|(tuple 2)",
        "()|(tuple)",
        "(x)|x",
        "print('x.grad', x.grad)|(print 'x.grad' (. x grad))",
        "y = add(add(x, x), x); y.backward()|(= y (add (add x x) x)); (call (. y backward))",
        "y = x;|(= y x);",
        "backward y retain|(command backward y retain)",
        "nograd on; z = square(x)|(command nograd on); (= z (square x))",
        "import numpy as np|(import numpy as np)",
        "f(a,)|(f a)",
        "x # a comment|x",
    })
    void printsTheTree(String line, String expected) {
        assertEquals(expected, ast(line));
    }

    @Test
    void emptyLineHasNoStatements() {
        assertEquals("", ast("   # nothing"));
    }

    @Test
    void unclosedCallExpectsAParenAtTheEnd() {
        LangError e = syntaxError("y = add(square(x), x");
        assertEquals("expected ')' after arguments", e.getMessage());
        assertEquals(new Span(1, 20, 20), e.span());
    }

    @Test
    void assignmentWithoutValueExpectsAnExpression() {
        assertEquals("expected an expression at the end of the line", syntaxError("y = ").getMessage());
    }

    @Test
    void doubledOperatorPointsAtTheSecond() {
        LangError e = syntaxError("3 +* 4");
        assertEquals("expected an expression, found '*'", e.getMessage());
        assertEquals(3, e.span().column());
    }

    @Test
    void unterminatedStringIsReported() {
        assertEquals("unterminated string literal (detected at line 1)", syntaxError("print('abc").getMessage());
    }

    @Test
    void onlyNamesCanBeAssigned() {
        assertEquals("cannot assign to attribute 'grad'; only 'NAME = expression' assigns",
                syntaxError("x.grad = 3").getMessage());
    }

    @Test
    void keywordArgumentsComeLast() {
        assertEquals("positional argument follows keyword argument", syntaxError("f(a=1, 2)").getMessage());
    }

    @Test
    void withBlocksPointToTheNogradCommand() {
        assertEquals("'with' is not supported in the dezero language; for 'with no_grad():' use the command "
                + "'nograd on', then 'nograd off'", syntaxError("with no_grad():").getMessage());
    }

    @Test
    void twoExpressionsInARowAreInvalid() {
        assertEquals("invalid syntax: unexpected 'y' (missing an operator or a ';'?)", syntaxError("x y").getMessage());
    }

    @Test
    void deepParenthesesStopAtTheNestingLimit() {
        String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
        assertEquals("too many nested parentheses, brackets or operators (the limit is 200)",
                syntaxError(deep).getMessage());
    }

    @Test
    void longUnaryChainsStopAtTheNestingLimit() {
        assertEquals("too many nested parentheses, brackets or operators (the limit is 200)",
                syntaxError("-".repeat(100_000) + "x").getMessage());
    }

    @Test
    void longOperatorChainsStopAtTheHeightLimit() {
        String chain = "x" + " + x".repeat(5000);
        assertEquals("expression too deeply nested (the limit is 1000 levels; each operator of a chain is one level)",
                syntaxError(chain).getMessage());
    }

    @Test
    void nestingWithinTheLimitParses() {
        String ok = "(".repeat(150) + "x" + ")".repeat(150);
        assertEquals("x", ast(ok));
        assertEquals(999, ("x" + " + x".repeat(999)).split("\\+").length - 1);
        ast("x" + " + x".repeat(998));
    }
}

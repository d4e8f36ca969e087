package dezero.lang.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A program's lines for tracebacks are those of Python's universal newlines: \n, \r\n and \r all end a line. */
class SourceLinesTest {
    @Test
    void splitsAsTheRegularExpressionDid() {
        String[] texts = {"", "x = 1", "x = 1\n", "a\nb\r\nc\rd", "\n\n", "a\r\n\r\nb", "\r", "a\n\rb", "trailing\r\n"};
        for (String text : texts) {
            assertArrayEquals(text.split("\\r?\\n|\\r", -1), Interpreter.lines(text), text);
        }
    }
}

package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {
    private static final Set<String> COMMANDS = Set.of("backward", "load", "nograd", "vars");

    private static List<Token> scan(String s) {
        return Lexer.scan(s, COMMANDS::contains);
    }

    private static String types(String s) {
        return scan(s).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
    }

    @Test
    void everyTokenKeepsItsColumns() {
        List<Token> ts = scan("y = add(x, 2.5)");
        assertEquals(List.of(0, 2, 4, 7, 8, 9, 11, 14, 15),
                ts.stream().map(Token::column).toList());
        assertEquals(new Span(1, 11, 14), ts.get(6).span());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x ** -2 @ w|NAME STARSTAR MINUS NUMBER AT NAME EOF",
        "'a;b' # c|STRING COMMENT EOF",
        "1e-5 .5 3.|NUMBER NUMBER NUMBER EOF",
        "True None False|TRUE NONE FALSE EOF",
        "backward y retain|COMMAND WORD WORD EOF",
        "load /tmp/a b.dz; x|COMMAND WORD WORD SEMICOLON NAME EOF",
        ":vars|COMMAND EOF",
        "vars = 3|NAME EQUAL NUMBER EOF",
        "x = 1; nograd on|NAME EQUAL NUMBER SEMICOLON COMMAND WORD EOF",
        "f(backward)|NAME LPAREN NAME RPAREN EOF",
        "α = 2|NAME EQUAL NUMBER EOF",
    })
    void tokenTypes(String source, String expected) {
        assertEquals(expected, types(source));
    }

    @Test
    void commandWordsAreRawAndQuotedWordsLoseTheirQuotes() {
        List<Token> ts = scan("load 'my file.dz'");
        assertEquals("my file.dz", ts.get(1).value());
        assertEquals("load", ts.get(0).value());
    }

    @Test
    void badInputBecomesErrorTokensAndScanningGoesOn() {
        List<Token> ts = scan("x $ 'abc");
        assertEquals(TokenType.ERROR, ts.get(1).type());
        assertEquals("invalid character '$' (U+0024)", ts.get(1).value());
        assertEquals(TokenType.ERROR, ts.get(2).type());
        assertEquals("unterminated string literal (detected at line 1)", ts.get(2).value());
        assertEquals(new Span(1, 4, 8), ts.get(2).span());
    }

    @Test
    void bracketDepthTellsWhetherALineContinues() {
        Lexer open = new Lexer("y = add(square(x),", 1, 0, COMMANDS::contains);
        open.scanTokens();
        assertEquals(1, open.depth());
        Lexer rest = new Lexer("  x)", 2, 1, COMMANDS::contains);
        List<Token> ts = rest.scanTokens();
        assertEquals(0, rest.depth());
        assertEquals(new Span(2, 3, 4), ts.get(1).span());
    }

    @Test
    void numberRunIntoLettersIsAnInvalidDecimalLiteral() {
        Token t = scan("3x").get(0);
        assertEquals(TokenType.ERROR, t.type());
        assertEquals("invalid decimal literal", t.value());
    }
}

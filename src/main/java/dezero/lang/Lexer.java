package dezero.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns source text into tokens, each with its line and columns. It never throws: what it
 * cannot read becomes an {@link TokenType#ERROR} token (the parser reports it, the
 * highlighter paints it), so one scanner serves evaluation, highlighting and continuation.
 *
 * <p>A statement that starts with a command word ({@code backward y}, {@code :vars}) is read
 * as a {@link TokenType#COMMAND} followed by raw {@link TokenType#WORD}s, so that file names
 * need no quotes. A command word followed by {@code =} is an assignment, not a command.
 *
 * <p>Names are letters of any alphabet, digits and {@code _}, as Python's; a name's value is its
 * NFKC normal form, as Python compares names ({@code ﬁ} is {@code fi}).
 */
public final class Lexer {
    private static final Map<String, TokenType> KEYWORDS =
            Map.of("True", TokenType.TRUE, "False", TokenType.FALSE, "None", TokenType.NONE);

    private final String source;
    private final Predicate<String> isCommand;
    private final boolean keep;
    private final List<Token> tokens = new ArrayList<>();
    private int start;
    private int current;
    private int line;
    private int lineStart;
    private int depth;
    private boolean atStatementStart;

    /**
     * @param source the text, possibly several physical lines joined inside brackets
     * @param firstLine the line number of the first line (1 for a line typed at the prompt)
     * @param startDepth the bracket depth before the text (for continuation lines), usually 0
     * @param isCommand which words start a command statement
     */
    public Lexer(String source, int firstLine, int startDepth, Predicate<String> isCommand) {
        this(source, firstLine, startDepth, isCommand, true);
    }

    private Lexer(String source, int firstLine, int startDepth, Predicate<String> isCommand, boolean keep) {
        this.keep = keep;
        this.source = source;
        this.line = firstLine;
        this.depth = startDepth;
        this.isCommand = isCommand;
        this.atStatementStart = startDepth == 0;
    }

    /**
     * The bracket depth after {@code line}, starting from {@code startDepth}, without keeping any
     * token (a line of a million numbers costs no memory to measure).
     */
    public static int depthAfter(String line, int startDepth, Predicate<String> isCommand) {
        Lexer lexer = new Lexer(line, 1, startDepth, isCommand, false);
        lexer.scanTokens();
        return lexer.depth;
    }

    /** Tokens of one line typed at the prompt. */
    public static List<Token> scan(String source, Predicate<String> isCommand) {
        return new Lexer(source, 1, 0, isCommand).scanTokens();
    }

    /** All tokens, comments and errors included, ending with {@link TokenType#EOF}. */
    public List<Token> scanTokens() {
        while (!isAtEnd()) {
            start = current;
            scanToken();
        }
        start = current;
        if (keep) {
            tokens.add(new Token(TokenType.EOF, "", "", span()));
        }
        return tokens;
    }

    /** The bracket depth after the text: above 0 while a {@code (} or {@code [} is open. */
    public int depth() {
        return depth;
    }

    private void scanToken() {
        char c = peek();
        if (c == '\n') {
            advance();
            line++;
            lineStart = current;
            return;
        }
        if (isBlank(c)) {
            advance();
            return;
        }
        if (c == '#') {
            comment();
            return;
        }
        if (atStatementStart && depth == 0 && command()) {
            return;
        }
        atStatementStart = false;
        advance();
        switch (c) {
            case '(' -> open(TokenType.LPAREN);
            case '[' -> open(TokenType.LBRACKET);
            case ')' -> close(TokenType.RPAREN);
            case ']' -> close(TokenType.RBRACKET);
            case ',' -> add(TokenType.COMMA);
            case '=' -> add(TokenType.EQUAL);
            case '+' -> add(TokenType.PLUS);
            case '-' -> add(TokenType.MINUS);
            case '/' -> add(TokenType.SLASH);
            case '@' -> add(TokenType.AT);
            case '*' -> add(match('*') ? TokenType.STARSTAR : TokenType.STAR);
            case ';' -> {
                add(TokenType.SEMICOLON);
                atStatementStart = depth == 0;
            }
            case '.' -> {
                if (isDigit(peek())) {
                    number();
                } else {
                    add(TokenType.DOT);
                }
            }
            case '\'', '"' -> string(c);
            default -> {
                if (isDigit(c)) {
                    number();
                } else if (Identifiers.isStart(source.codePointAt(start))) {
                    current = start;
                    identifier();
                } else {
                    current = start + Character.charCount(source.codePointAt(start));
                    int cp = source.codePointAt(start);
                    error(String.format("invalid character '%s' (U+%04X)", Identifiers.printable(cp), cp));
                }
            }
        }
    }

    /** Reads {@code word args...} or {@code :word args...} if this statement is a command. */
    private boolean command() {
        int save = current;
        boolean colon = peek() == ':';
        if (colon) {
            advance();
        }
        if (isAtEnd() || !Identifiers.isStart(source.codePointAt(current))) {
            current = save;
            return false;
        }
        int wordStart = current;
        while (!isAtEnd() && Identifiers.isPart(source.codePointAt(current))) {
            current += Character.charCount(source.codePointAt(current));
        }
        String word = source.substring(wordStart, current);
        if (!colon && !(isCommand.test(word) && startsCommandArguments())) {
            current = save;
            return false;
        }
        add(TokenType.COMMAND, word);
        atStatementStart = false;
        words();
        return true;
    }

    /** After a command word: the end, blanks, {@code ;} or {@code #}, and then no {@code =}. */
    private boolean startsCommandArguments() {
        if (isAtEnd()) {
            return true;
        }
        char c = peek();
        if (c == ';' || c == '#' || c == '\n') {
            return true;
        }
        if (!isBlank(c)) {
            return false;
        }
        int i = current;
        while (i < source.length() && isBlank(source.charAt(i))) {
            i++;
        }
        return i >= source.length() || source.charAt(i) != '=';
    }

    /** The raw words of a command, up to {@code ;}, {@code #} or the end of the line. */
    private void words() {
        while (!isAtEnd()) {
            char c = peek();
            if (c == '\n' || c == ';' || c == '#') {
                return;
            }
            if (isBlank(c)) {
                advance();
                continue;
            }
            start = current;
            if (c == '\'' || c == '"') {
                advance();
                quotedWord(c);
                continue;
            }
            while (!isAtEnd() && !isBlank(peek()) && peek() != ';' && peek() != '#' && peek() != '\n') {
                advance();
            }
            add(TokenType.WORD, source.substring(start, current));
        }
    }

    private void quotedWord(char quote) {
        while (!isAtEnd() && peek() != quote && peek() != '\n') {
            advance();
        }
        if (isAtEnd() || peek() != quote) {
            error("unterminated string literal (detected at line " + line + ")");
            return;
        }
        advance();
        add(TokenType.WORD, source.substring(start + 1, current - 1));
    }

    private void comment() {
        start = current;
        while (!isAtEnd() && peek() != '\n') {
            advance();
        }
        add(TokenType.COMMENT);
    }

    private void open(TokenType type) {
        depth++;
        add(type);
    }

    private void close(TokenType type) {
        depth = Math.max(0, depth - 1);
        add(type);
    }

    private void number() {
        while (isDigit(peek())) {
            advance();
        }
        if (peek() == '.' && !source.startsWith(".", start) && !isIdentifierStartAt(current + 1)) {
            advance();
            while (isDigit(peek())) {
                advance();
            }
        }
        if ((peek() == 'e' || peek() == 'E')
                && (isDigit(peekNext()) || (peekNext() == '+' || peekNext() == '-') && isDigit(peekAt(2)))) {
            advance();
            if (peek() == '+' || peek() == '-') {
                advance();
            }
            while (isDigit(peek())) {
                advance();
            }
        }
        if (!isAtEnd() && Identifiers.isPart(source.codePointAt(current))) {
            while (!isAtEnd() && Identifiers.isPart(source.codePointAt(current))) {
                current += Character.charCount(source.codePointAt(current));
            }
            error("invalid decimal literal");
            return;
        }
        add(TokenType.NUMBER);
    }

    private void string(char quote) {
        StringBuilder value = new StringBuilder();
        String bad = null;
        int contentStart = current;
        while (!isAtEnd() && peek() != quote && peek() != '\n') {
            char c = advance();
            if (c == '\\' && !isAtEnd() && peek() != '\n') {
                char e = advance();
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'a' -> value.append('\u0007');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'v' -> value.append('\u000b');
                    case '\\', '\'', '"' -> value.append(e);
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int code = e - '0';
                        for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; i++) {
                            code = code * 8 + (advance() - '0');
                        }
                        value.append((char) code);
                    }
                    case 'x', 'u', 'U' -> {
                        String why = hexEscape(e, e == 'x' ? 2 : e == 'u' ? 4 : 8, current - 2 - contentStart, value);
                        bad = bad == null ? why : bad;
                    }
                    default -> value.append('\\').append(e);
                }
            } else {
                value.append(c);
            }
        }
        if (isAtEnd() || peek() != quote) {
            error("unterminated string literal (detected at line " + line + ")");
            return;
        }
        advance();
        if (bad != null) {
            error(bad);
            return;
        }
        add(TokenType.STRING, value.toString());
    }

    /**
     * Python's {@code \\xhh}, {@code \\uxxxx}, {@code \\Uxxxxxxxx} (exactly {@code digits} hex
     * digits) at {@code position} of the literal, appended to {@code value}; null, or Python's SyntaxError
     * text when the escape is bad.
     */
    private String hexEscape(char kind, int digits, int position, StringBuilder value) {
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int d = isAtEnd() ? -1 : Character.digit(peek(), 16);
            if (d < 0) {
                String form = kind == 'x' ? "\\xXX" : kind == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + position + "-"
                        + (position + 1 + i) + ": truncated " + form + " escape";
            }
            advance();
            code = code * 16 + d;
        }
        if (!Character.isValidCodePoint(code)) {
            return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + position + "-"
                    + (position + 1 + digits) + ": illegal Unicode character";
        }
        value.appendCodePoint(code);
        return null;
    }

    private void identifier() {
        while (!isAtEnd() && Identifiers.isPart(source.codePointAt(current))) {
            current += Character.charCount(source.codePointAt(current));
        }
        if (!keep) {
            return;
        }
        String text = source.substring(start, current);
        String name = Identifiers.normalize(text);
        TokenType type = KEYWORDS.getOrDefault(name, TokenType.NAME);
        tokens.add(new Token(type, text, name, span()));
    }

    private void error(String message) {
        if (keep) {
            tokens.add(new Token(TokenType.ERROR, source.substring(start, current), message, span()));
        }
    }

    private void add(TokenType type) {
        if (keep) {
            String text = source.substring(start, current);
            tokens.add(new Token(type, text, text, span()));
        }
    }

    private void add(TokenType type, String value) {
        if (keep) {
            tokens.add(new Token(type, source.substring(start, current), value, span()));
        }
    }

    private Span span() {
        return new Span(line, start - lineStart, current - lineStart);
    }

    private boolean isAtEnd() {
        return current >= source.length();
    }

    private char advance() {
        return source.charAt(current++);
    }

    private boolean match(char expected) {
        if (isAtEnd() || source.charAt(current) != expected) {
            return false;
        }
        current++;
        return true;
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekNext() {
        return peekAt(1);
    }

    private char peekAt(int ahead) {
        int i = current + ahead;
        return i < source.length() ? source.charAt(i) : '\0';
    }

    private boolean isIdentifierStartAt(int i) {
        return i < source.length() && Identifiers.isStart(source.codePointAt(i));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

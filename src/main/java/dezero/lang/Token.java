package dezero.lang;

/**
 * One token: its type, its text as typed, its value (a string literal's contents, an error's
 * message, a command's name without the colon) and its place in the source.
 */
public record Token(TokenType type, String lexeme, String value, Span span) {
    /** The 0-based column where the token starts. */
    public int column() {
        return span.column();
    }

    /** How the token is named in an error: {@code 'y'}, or {@code end of line}. */
    public String describe() {
        return type == TokenType.EOF ? "end of line" : "'" + lexeme + "'";
    }
}

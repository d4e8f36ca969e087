package dezero.lang;

/** The kinds of token the {@link Lexer} produces. */
public enum TokenType {
    NUMBER, STRING, NAME, TRUE, FALSE, NONE,
    LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, EQUAL,
    PLUS, MINUS, STAR, SLASH, AT, STARSTAR, SEMICOLON,
    /** The first word of a command statement ({@code backward}, or {@code :backward}). */
    COMMAND,
    /** An argument of a command: any run of characters up to a blank, {@code ;} or {@code #}. */
    WORD,
    /** A comment, from {@code #} to the end of the line (kept for the highlighter). */
    COMMENT,
    /** Something the lexer could not read; its {@code value} says why. */
    ERROR,
    EOF
}

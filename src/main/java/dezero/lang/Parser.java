package dezero.lang;

import dezero.lang.Expr.Kwarg;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the tokens of one logical line, one method per grammar rule (as
 * jlox). Two limits keep any input from overflowing the stack: nesting (brackets, unary
 * operators, calls) and the height of the tree (a chain of operators is one level each).
 *
 * <pre>
 * line      = [statement] { ";" statement } [";"]
 * statement = COMMAND {WORD} | ("import" | "from") {NAME} | NAME "=" expr | postfix "." "data" "=" expr | expr
 * expr      = term ; term = factor {("+"|"-") factor} ; factor = unary {("*"|"/"|"@") unary}
 * unary     = ("-"|"+") unary | power ; power = postfix ["**" unary]
 * postfix   = primary { "(" args ")" | "." NAME | "[" expr "]" }
 * primary   = NUMBER | STRING | True | False | None | NAME | "(" [expr {"," expr}] ")" | "[" [expr {"," expr}] "]"
 * </pre>
 */
public final class Parser {
    /** The deepest nesting of brackets, calls and unary operators the parser accepts. */
    public static final int MAX_NESTING = 200;
    /** The tallest expression tree the parser accepts. */
    public static final int MAX_HEIGHT = 1000;

    private final List<Token> tokens;
    private int current;
    private int nesting;
    private int height;

    /** Comments are dropped; errors of the lexer are reported when the parser meets them. */
    public Parser(List<Token> tokens) {
        this.tokens = tokens.stream().filter(t -> t.type() != TokenType.COMMENT).toList();
    }

    /** Parses the whole line, or throws the first {@link LangError} (a SyntaxError). */
    public Stmt.Program parseLine() {
        List<Stmt> statements = new ArrayList<>();
        boolean silenced = false;
        while (!check(TokenType.EOF)) {
            if (check(TokenType.SEMICOLON)) {
                throw error(peek(), "invalid syntax: empty statement before ';'");
            }
            statements.add(statement());
            if (match(TokenType.SEMICOLON)) {
                silenced = check(TokenType.EOF);
            } else if (!check(TokenType.EOF)) {
                throw unexpected(peek());
            }
        }
        return new Stmt.Program(List.copyOf(statements), silenced);
    }

    /** Parses a single expression filling the whole input (for tests and tools). */
    public Expr parseExpression() {
        Expr e = expression();
        if (!check(TokenType.EOF)) {
            throw unexpected(peek());
        }
        return e;
    }

    private Stmt statement() {
        int start = current;
        Token first = peek();
        if (match(TokenType.COMMAND)) {
            List<Token> words = new ArrayList<>();
            while (check(TokenType.WORD) || check(TokenType.ERROR)) {
                words.add(consumeWord());
            }
            return new Stmt.Command(first.value(), first.span(), List.copyOf(words), extent(first));
        }
        if (first.type() == TokenType.NAME && SyntaxErrors.isImportKeyword(first.value())) {
            if (peekNext().type() == TokenType.EQUAL) {
                throw error(first, "invalid syntax: '" + first.value() + "' is a keyword and cannot be assigned");
            }
            advance();
            List<Token> words = new ArrayList<>();
            while (!check(TokenType.SEMICOLON) && !check(TokenType.EOF)) {
                words.add(advance());
            }
            return new Stmt.Import(first.value(), List.copyOf(words), extent(first));
        }
        if (first.type() == TokenType.NAME && SyntaxErrors.isPythonKeyword(first.value())) {
            throw SyntaxErrors.unsupportedKeyword(first);
        }
        if (first.type() == TokenType.NAME && peekNext().type() == TokenType.EQUAL) {
            advance();
            advance();
            Expr value = expression();
            return new Stmt.Assign(first.value(), first.span(), value, extent(first));
        }
        Expr expr = expression();
        if (check(TokenType.EQUAL) && expr instanceof Expr.Attribute a && a.name().equals("data")) {
            String target = sourceText(start, current);
            advance();
            Expr value = expression();
            return new Stmt.SetData(a.object(), target, value, extent(first));
        }
        if (check(TokenType.EQUAL)) {
            throw error(peek(), "cannot assign to " + SyntaxErrors.describe(expr) + "; only 'NAME = expression' assigns");
        }
        return new Stmt.ExprStmt(expr, extent(first));
    }

    private Expr expression() {
        return term();
    }

    private Expr term() {
        Expr expr = factor();
        int h = height;
        while (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            Token op = advance();
            Expr right = factor();
            h = grow(Math.max(h, height), op);
            expr = new Expr.Binary(expr, op.lexeme(), right, op.span(), expr.span().to(right.span()));
        }
        height = h;
        return expr;
    }

    private Expr factor() {
        Expr expr = unary();
        int h = height;
        while (check(TokenType.STAR) || check(TokenType.SLASH) || check(TokenType.AT)) {
            Token op = advance();
            Expr right = unary();
            h = grow(Math.max(h, height), op);
            expr = new Expr.Binary(expr, op.lexeme(), right, op.span(), expr.span().to(right.span()));
        }
        height = h;
        return expr;
    }

    private Expr unary() {
        if (check(TokenType.MINUS) || check(TokenType.PLUS)) {
            Token op = advance();
            enter(op);
            Expr operand = unary();
            nesting--;
            height = grow(height, op);
            return new Expr.Unary(op.lexeme(), operand, op.span().to(operand.span()));
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (check(TokenType.STARSTAR)) {
            int h = height;
            Token op = advance();
            enter(op);
            Expr exponent = unary();
            nesting--;
            height = grow(Math.max(h, height), op);
            return new Expr.Binary(base, "**", exponent, op.span(), base.span().to(exponent.span()));
        }
        return base;
    }

    private Expr postfix() {
        Expr expr = primary();
        int h = height;
        while (true) {
            if (check(TokenType.LPAREN)) {
                Token open = advance();
                enter(open);
                expr = finishCall(expr, open);
                nesting--;
                h = grow(Math.max(h, height), open);
            } else if (match(TokenType.DOT)) {
                Token name = consume(TokenType.NAME, "expected an attribute name after '.'");
                expr = new Expr.Attribute(expr, name.value(), name.span());
                h = grow(h, name);
            } else if (check(TokenType.LBRACKET)) {
                Token open = advance();
                enter(open);
                Expr index = expression();
                nesting--;
                Token close = consume(TokenType.RBRACKET, "expected ']' after index");
                expr = new Expr.Index(expr, index, expr.span().to(close.span()));
                h = grow(Math.max(h, height), open);
            } else {
                height = h;
                return expr;
            }
        }
    }

    private Expr finishCall(Expr callee, Token open) {
        List<Expr> args = new ArrayList<>();
        List<Kwarg> kwargs = new ArrayList<>();
        int h = 0;
        if (!check(TokenType.RPAREN)) {
            do {
                if (check(TokenType.RPAREN)) {
                    break;
                }
                if (check(TokenType.NAME) && peekNext().type() == TokenType.EQUAL) {
                    Token name = advance();
                    advance();
                    kwargs.add(new Kwarg(name.value(), expression(), name.span()));
                } else {
                    Expr arg = expression();
                    if (!kwargs.isEmpty()) {
                        throw new LangError(LangError.Kind.SyntaxError,
                                "positional argument follows keyword argument", arg.span());
                    }
                    args.add(arg);
                }
                h = Math.max(h, height);
            } while (match(TokenType.COMMA));
        }
        Token close = consume(TokenType.RPAREN, "expected ')' after arguments");
        height = h;
        return new Expr.Call(callee, List.copyOf(args), List.copyOf(kwargs), callee.span().to(close.span()));
    }

    private Expr primary() {
        Token t = peek();
        height = 1;
        switch (t.type()) {
            case NUMBER -> {
                advance();
                return new Expr.Num(t.lexeme(), t.span());
            }
            case STRING -> {
                advance();
                return new Expr.Str(t.value(), t.span());
            }
            case TRUE, FALSE, NONE -> {
                advance();
                return new Expr.Keyword(t.value(), t.span());
            }
            case NAME -> {
                if (SyntaxErrors.isPythonKeyword(t.value())) {
                    throw SyntaxErrors.unsupportedKeyword(t);
                }
                if (SyntaxErrors.isImportKeyword(t.value())) {
                    throw error(t, "invalid syntax: '" + t.value() + "' can only start an import statement");
                }
                advance();
                return new Expr.Name(t.value(), t.span());
            }
            case LPAREN -> {
                return group();
            }
            case LBRACKET -> {
                return list();
            }
            default -> throw expectedExpression(t);
        }
    }

    private Expr group() {
        Token open = advance();
        enter(open);
        List<Expr> items = new ArrayList<>();
        boolean tuple = check(TokenType.RPAREN);
        int h = 0;
        while (!check(TokenType.RPAREN)) {
            items.add(expression());
            h = Math.max(h, height);
            if (!match(TokenType.COMMA)) {
                break;
            }
            tuple = true;
        }
        nesting--;
        Token close = consume(TokenType.RPAREN, tuple ? "expected ')' after tuple" : "expected ')' after expression");
        if (!tuple) {
            height = h;
            return items.get(0);
        }
        height = grow(h, open);
        return new Expr.TupleExpr(List.copyOf(items), open.span().to(close.span()));
    }

    private Expr list() {
        Token open = advance();
        enter(open);
        List<Expr> items = new ArrayList<>();
        int h = 0;
        while (!check(TokenType.RBRACKET)) {
            items.add(expression());
            h = Math.max(h, height);
            if (!match(TokenType.COMMA)) {
                break;
            }
        }
        nesting--;
        Token close = consume(TokenType.RBRACKET, "expected ']' after list elements");
        height = grow(h, open);
        return new Expr.ListExpr(List.copyOf(items), open.span().to(close.span()));
    }

    private void enter(Token t) {
        if (++nesting > MAX_NESTING) {
            throw error(t, "too many nested parentheses, brackets or operators (the limit is " + MAX_NESTING + ")");
        }
    }

    private int grow(int h, Token at) {
        if (h + 1 > MAX_HEIGHT) {
            throw error(at, "expression too deeply nested (the limit is " + MAX_HEIGHT
                    + " levels; each operator of a chain is one level)");
        }
        return h + 1;
    }

    private Token consumeWord() {
        Token t = advance();
        if (t.type() == TokenType.ERROR) {
            throw LangError.syntax(t.value(), t.span());
        }
        return t;
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) {
            return advance();
        }
        Token t = peek();
        if (t.type() == TokenType.ERROR) {
            throw LangError.syntax(t.value(), t.span());
        }
        throw error(t, message);
    }

    private LangError expectedExpression(Token t) {
        if (t.type() == TokenType.ERROR) {
            return LangError.syntax(t.value(), t.span());
        }
        if (t.type() == TokenType.EOF) {
            return error(t, "expected an expression at the end of the line");
        }
        return error(t, "expected an expression, found " + t.describe());
    }

    private LangError unexpected(Token t) {
        if (t.type() == TokenType.ERROR) {
            return LangError.syntax(t.value(), t.span());
        }
        if (t.type() == TokenType.NAME && SyntaxErrors.isPythonKeyword(t.value())) {
            return SyntaxErrors.unsupportedKeyword(t);
        }
        String hint = t.type() == TokenType.RPAREN || t.type() == TokenType.RBRACKET ? "unmatched " + t.describe()
                : "unexpected " + t.describe() + " (missing an operator or a ';'?)";
        return error(t, "invalid syntax: " + hint);
    }

    /** The tokens {@code from} (inclusive) to {@code to} (exclusive) as typed, on one line. */
    private String sourceText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && t.span().line() == tokens.get(i - 1).span().line()) {
                sb.append(" ".repeat(Math.max(0, t.span().column() - tokens.get(i - 1).span().endColumn())));
            }
            sb.append(t.lexeme());
        }
        return sb.toString();
    }

    private Stmt.Extent extent(Token first) {
        return new Stmt.Extent(first.span(), previous().span());
    }

    private static LangError error(Token t, String message) {
        return LangError.syntax(message, t.span());
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token t = peek();
        if (t.type() != TokenType.EOF) {
            current++;
        }
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekNext() {
        return tokens.get(Math.min(current + 1, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(Math.max(0, current - 1));
    }
}

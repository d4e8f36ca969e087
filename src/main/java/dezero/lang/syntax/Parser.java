package dezero.lang.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python tokens to statements, by recursive descent: one method per grammar rule of CPython's
 * grammar (the subset the book uses), with CPython 3.11's error messages.
 */
public final class Parser {
    /** How deep brackets, calls and unary operators may nest before the parse stops with an error. */
    public static final int MAX_NESTING = 200;

    private final List<Tok> toks;
    private int p;
    /** The tokenizer's error where its tokens stop, thrown when the parse reads that far. */
    private PySyntaxError deferred;
    private PySyntaxError compileError;
    private int depth;
    private int functionDepth;
    private int loopDepth;

    private Parser(List<Tok> toks) {
        this.toks = toks;
    }

    /** Parses a whole module (a file, a pasted block, a line at the prompt). */
    public static List<Stmt> parseModule(String source) {
        return parseModule(source, 1);
    }

    /** Parses statements whose first line is line {@code firstLine} of a longer text (the REPL's inputs). */
    public static List<Stmt> parseModule(String source, int firstLine) {
        Tokenizer.Tokens tokens = Tokenizer.scan(source, firstLine);
        Parser parser = new Parser(tokens.toks());
        parser.deferred = tokens.deferred();
        try {
            List<Stmt> body = parser.file();
            if (tokens.unclosed() != null) {
                throw tokens.unclosed();
            }
            return body;
        } catch (PySyntaxError e) {
            throw e == tokens.deferred() ? e : unclosedFirst(e, tokens);
        }
    }

    /**
     * CPython's choice between a parse error and a bracket left open: after a parse error it
     * tokenizes on to the end, and "'(' was never closed" wins when the bracket opened on a line
     * before the one the parser failed on (or the parse failed at the end of the text).
     */
    private static PySyntaxError unclosedFirst(PySyntaxError e, Tokenizer.Tokens tokens) {
        PySyntaxError unclosed = tokens.unclosed();
        if (unclosed == null) {
            return e;
        }
        Pos end = tokens.toks().get(tokens.toks().size() - 1).pos();
        boolean atEnd = e.pos().line() > end.line() || e.pos().line() == end.line() && e.pos().col() >= end.col();
        int failedOn = Math.max(e.pos().line(), e.pos().endLine());
        return atEnd || e == unclosed || unclosed.pos().line() < failedOn ? unclosed : e;
    }

    /** Parses one expression (an f-string's field). */
    public static Expr parseExpression(String source, Pos at) {
        Parser parser = new Parser(Tokenizer.tokenize("(" + source + ")"));
        Expr e = parser.expression();
        parser.skipNewlines();
        if (parser.peek().kind() != Tok.Kind.END) {
            throw PySyntaxError.syntax("f-string: invalid syntax", at);
        }
        return e;
    }

    // ---- cursor ----

    private Tok peek() {
        if (deferred != null && p == toks.size() - 1) {
            throw deferred;
        }
        return toks.get(p);
    }

    private Tok peek(int ahead) {
        if (deferred != null && p + ahead >= toks.size() - 1) {
            throw deferred;
        }
        return toks.get(Math.min(p + ahead, toks.size() - 1));
    }

    private Tok advance() {
        Tok t = toks.get(p);
        if (p < toks.size() - 1) {
            p++;
        }
        return t;
    }

    private Tok previous() {
        return toks.get(p - 1);
    }

    private boolean checkOp(String op) {
        return peek().isOp(op);
    }

    private boolean checkName(String word) {
        return peek().isName(word);
    }

    private boolean matchOp(String op) {
        if (checkOp(op)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean matchName(String word) {
        if (checkName(word)) {
            advance();
            return true;
        }
        return false;
    }

    private Tok consumeOp(String op, String message) {
        if (checkOp(op)) {
            return advance();
        }
        throw error(message, peek());
    }

    private Tok consumeName(String message) {
        Tok t = peek();
        if (t.kind() == Tok.Kind.NAME && !Keywords.isKeyword(t.text())) {
            return advance();
        }
        throw error(message, t);
    }

    private void skipNewlines() {
        while (peek().kind() == Tok.Kind.NEWLINE) {
            advance();
        }
    }

    private PySyntaxError error(String message, Tok at) {
        if (at.kind() == Tok.Kind.INDENT) {
            return PySyntaxError.indentation("unexpected indent", at.pos());
        }
        return PySyntaxError.syntax(message, at.pos());
    }

    private PySyntaxError invalid(Tok at) {
        if (at.kind() == Tok.Kind.INDENT) {
            return PySyntaxError.indentation("unexpected indent", at.pos());
        }
        if (at.kind() == Tok.Kind.DEDENT) {
            return PySyntaxError.indentation("unindent does not match any outer indentation level", at.pos());
        }
        return PySyntaxError.syntax("invalid syntax", at.pos());
    }

    private void enter(Tok at) {
        if (++depth > MAX_NESTING) {
            throw PySyntaxError.syntax("too many nested parentheses", at.pos());
        }
    }

    private void leave() {
        depth--;
    }

    // ---- statements ----

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        skipNewlines();
        while (peek().kind() != Tok.Kind.END) {
            if (peek().kind() == Tok.Kind.INDENT) {
                throw PySyntaxError.indentation("unexpected indent", peek().pos());
            }
            body.addAll(statement());
            skipNewlines();
        }
        if (compileError != null) {
            throw compileError;
        }
        return body;
    }

    /**
     * An error CPython finds after parsing, when it compiles ({@code 'return' outside function},
     * a duplicate argument): kept until the whole text has parsed, so a parse error anywhere in it
     * comes first, as in CPython.
     */
    private void compileError(PySyntaxError e) {
        if (compileError == null) {
            compileError = e;
        }
    }

    private List<Stmt> statement() {
        Tok t = peek();
        if (t.kind() == Tok.Kind.NAME) {
            switch (t.text()) {
                case "if": return List.of(ifStmt());
                case "while": return List.of(whileStmt());
                case "for": return List.of(forStmt());
                case "def": return List.of(funcDef(List.of()));
                case "class": return List.of(classDef(List.of()));
                case "with": return List.of(withStmt());
                case "try": return List.of(tryStmt());
                case "match":
                    if (startsMatchStatement()) {
                        return List.of(matchStmt());
                    }
                    break;
                default: break;
            }
        }
        if (t.isOp("@")) {
            return List.of(decorated());
        }
        return simpleStatements();
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        out.add(smallStatement());
        while (matchOp(";")) {
            if (peek().kind() == Tok.Kind.NEWLINE || peek().kind() == Tok.Kind.END) {
                break;
            }
            out.add(smallStatement());
        }
        endOfLine();
        return out;
    }

    private void endOfLine() {
        Tok t = peek();
        if (t.kind() == Tok.Kind.NEWLINE) {
            advance();
            return;
        }
        if (t.kind() == Tok.Kind.END) {
            return;
        }
        throw invalid(t);
    }

    /**
     * CPython's hint for two expressions side by side inside brackets ({@code f(a b)}, from the
     * first to the second), or null where it says plain "invalid syntax": outside brackets, after a
     * comprehension (its last clause takes no such hint), a soft keyword, or a name before a string.
     */
    private PySyntaxError forgotComma(Expr before) {
        Tok next = peek();
        if (before == null || !startsExpression(next) || !endsExpression(previous())
                || before instanceof Expr.Comprehension || before instanceof Expr.DictComp
                || before instanceof Expr.Name n && (SOFT_KEYWORDS.contains(n.id()) || next.kind() == Tok.Kind.STRING)) {
            return null;
        }
        return PySyntaxError.syntax("invalid syntax. Perhaps you forgot a comma?", before.pos().to(next.pos()));
    }

    private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("match", "case", "_");

    /** The closing bracket {@code op} after {@code last}, or the missing-comma hint, or "invalid syntax". */
    private Tok close(String op, Expr last) {
        if (checkOp(op)) {
            return advance();
        }
        PySyntaxError hint = forgotComma(last);
        throw hint != null ? hint : invalid(peek());
    }

    private static boolean startsExpression(Tok t) {
        return switch (t.kind()) {
            case NAME -> !Keywords.isKeyword(t.text()) || t.text().equals("None") || t.text().equals("True")
                    || t.text().equals("False");
            case NUMBER, STRING -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(Tok t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING -> true;
            case OP -> t.text().equals(")") || t.text().equals("]") || t.text().equals("}");
            default -> false;
        };
    }

    private Stmt smallStatement() {
        Tok t = peek();
        if (t.kind() == Tok.Kind.NAME) {
            switch (t.text()) {
                case "pass":
                    advance();
                    return new Stmt.Pass(t.pos());
                case "break":
                    advance();
                    if (loopDepth == 0) {
                        compileError(PySyntaxError.syntax("'break' outside loop", t.pos()));
                    }
                    return new Stmt.Break(t.pos());
                case "continue":
                    advance();
                    if (loopDepth == 0) {
                        compileError(PySyntaxError.syntax("'continue' not properly in loop", t.pos()));
                    }
                    return new Stmt.Continue(t.pos());
                case "return": return returnStmt();
                case "raise": return raiseStmt();
                case "global": return globalStmt();
                case "nonlocal": return nonlocalStmt();
                case "del": return delStmt();
                case "assert": return assertStmt();
                case "import": return importStmt();
                case "from": return fromImport();
                case "print":
                    if (peek(1).kind() == Tok.Kind.STRING || peek(1).kind() == Tok.Kind.NUMBER
                            || (peek(1).kind() == Tok.Kind.NAME && !Keywords.isKeyword(peek(1).text()))) {
                        throw PySyntaxError.syntax("Missing parentheses in call to 'print'. Did you mean print(...)?",
                                t.pos().to(peek(1).pos()));
                    }
                    break;
                default:
                    break;
            }
        }
        return exprStatement();
    }

    private Stmt exprStatement() {
        Tok start = peek();
        boolean bareYield = checkName("yield");
        Expr first = bareYield ? yieldExpr() : starExpressions();
        if (checkOp("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(checkTarget(notBareYield(first, bareYield), "="));
            Expr value = null;
            while (matchOp("=")) {
                bareYield = peek().isName("yield");
                value = bareYield ? yieldExpr() : starExpressions();
                if (checkOp("=")) {
                    targets.add(checkTarget(notBareYield(value, bareYield), "="));
                }
            }
            return new Stmt.Assign(targets, value, start.pos());
        }
        if (peek().kind() == Tok.Kind.OP && peek().text().length() >= 2 && peek().text().endsWith("=")
                && !peek().text().equals("==") && !peek().text().equals("<=") && !peek().text().equals(">=")
                && !peek().text().equals("!=")) {
            Tok op = advance();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw PySyntaxError.syntax("'" + describe(first) + "' is an illegal expression for augmented assignment",
                        first.pos());
            }
            Expr value = peek().isName("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(first, op.text().substring(0, op.text().length() - 1), value, start.pos());
        }
        if (checkOp(":") && (first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
            advance();
            Expr annotation = expression();
            Expr value = matchOp("=") ? starExpressions() : null;
            return new Stmt.AnnAssign(first, annotation, value, start.pos());
        }
        return new Stmt.ExprStmt(first, start.pos());
    }

    /** Checks an assignment target as CPython does, with its messages. */
    /** A yield without brackets left of {@code =} has a message of its own in CPython. */
    private static Expr notBareYield(Expr target, boolean bare) {
        if (bare) {
            throw PySyntaxError.syntax("assignment to yield expression not possible", target.pos());
        }
        return target;
    }

    private Expr checkTarget(Expr e, String op) {
        return checkTarget(e, op, true);
    }

    /**
     * {@code nextToEquals}: the target ends right before the {@code =}, where CPython's hint
     * ("Maybe you meant '=='") applies: the whole target, or the last item of a tuple without
     * brackets ({@code x, f() = 1}); not an item inside brackets ({@code [1, 2] = x}).
     */
    private Expr checkTarget(Expr e, String op, boolean nextToEquals) {
        if (e instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) {
                throw PySyntaxError.syntax("cannot assign to __debug__", n.pos());
            }
            return e;
        }
        if (e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return e;
        }
        if (e instanceof Expr.TupleExpr t) {
            boolean bare = !t.elts().isEmpty() && t.pos().line() == t.elts().get(0).pos().line()
                    && t.pos().col() == t.elts().get(0).pos().col();
            for (int i = 0; i < t.elts().size(); i++) {
                checkTarget(t.elts().get(i), op, nextToEquals && bare && i == t.elts().size() - 1);
            }
            return e;
        }
        if (e instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                checkTarget(x, op, false);
            }
            return e;
        }
        if (e instanceof Expr.Starred s) {
            checkTarget(s.value(), op, false);
            return e;
        }
        if (e instanceof Expr.Const c && (c.value() == Expr.Const.NONE || c.value() instanceof Boolean)) {
            throw PySyntaxError.syntax("cannot assign to " + (c.value() == Expr.Const.NONE ? "None"
                    : (Boolean) c.value() ? "True" : "False"), e.pos());
        }
        boolean hint = op.equals("=") && nextToEquals && (e instanceof Expr.Call || e instanceof Expr.Const || e instanceof Expr.BinOp
                || e instanceof Expr.Compare || e instanceof Expr.Attribute || e instanceof Expr.Yield);
        throw PySyntaxError.syntax("cannot assign to " + describe(e)
                + (hint ? " here. Maybe you meant '==' instead of '='?" : ""), e.pos());
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Const c) {
            return c.value() == Expr.Const.ELLIPSIS ? "ellipsis" : "literal";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.JoinedStr) {
            return "f-string expression";
        }
        if (e instanceof Expr.DictExpr) {
            return "dict literal";
        }
        if (e instanceof Expr.SetExpr) {
            return "set display";
        }
        if (e instanceof Expr.Comprehension c) {
            return c.kind() == '[' ? "list comprehension" : c.kind() == '{' ? "set comprehension" : "generator expression";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.Yield) {
            return "yield expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Expr.TupleExpr) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        return "expression";
    }

    private Stmt returnStmt() {
        Tok t = advance();
        Expr value = atStatementEnd() ? null : starExpressions();
        if (functionDepth == 0) {
            compileError(PySyntaxError.syntax("'return' outside function", t.pos().to(previous().pos())));
        }
        return new Stmt.Return(value, t.pos());
    }

    private boolean atStatementEnd() {
        Tok t = peek();
        return t.kind() == Tok.Kind.NEWLINE || t.kind() == Tok.Kind.END || t.isOp(";");
    }

    private Stmt raiseStmt() {
        Tok t = advance();
        Expr exc = null;
        Expr cause = null;
        if (!atStatementEnd()) {
            exc = expression();
            if (matchName("from")) {
                cause = expression();
            }
        }
        return new Stmt.Raise(exc, cause, t.pos());
    }

    private Stmt globalStmt() {
        Tok t = advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(consumeName("invalid syntax").text());
        } while (matchOp(","));
        return new Stmt.Global(names, t.pos());
    }

    private Stmt nonlocalStmt() {
        Tok t = advance();
        if (functionDepth == 0) {
            compileError(PySyntaxError.syntax("nonlocal declaration not allowed at module level", t.pos()));
        }
        List<String> names = new ArrayList<>();
        do {
            names.add(consumeName("invalid syntax").text());
        } while (matchOp(","));
        return new Stmt.Nonlocal(names, t.pos());
    }

    private Stmt delStmt() {
        Tok t = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            Expr e = bitOr();
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                    || e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr)) {
                throw PySyntaxError.syntax("cannot delete " + describe(e), e.pos());
            }
            targets.add(e);
        } while (matchOp(",") && !atStatementEnd());
        return new Stmt.Delete(targets, t.pos());
    }

    private Stmt assertStmt() {
        Tok t = advance();
        Expr test = expression();
        Expr msg = matchOp(",") ? expression() : null;
        return new Stmt.Assert(test, msg, t.pos());
    }

    private Stmt importStmt() {
        Tok t = advance();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            String name = dottedName();
            String as = matchName("as") ? consumeName("invalid syntax").text() : null;
            names.add(new Stmt.Alias(name, as));
        } while (matchOp(","));
        return new Stmt.Import(names, t.pos());
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(consumeName("invalid syntax").text());
        while (matchOp(".")) {
            b.append('.').append(consumeName("invalid syntax").text());
        }
        return b.toString();
    }

    private Stmt fromImport() {
        Tok t = advance();
        int level = 0;
        while (checkOp(".") || checkOp("...")) {
            level += advance().text().length();
        }
        String module = level > 0 && checkName("import") ? "" : dottedName();
        if (!matchName("import")) {
            throw invalid(peek());
        }
        List<Stmt.Alias> names = new ArrayList<>();
        if (matchOp("*")) {
            names.add(new Stmt.Alias("*", null));
            return new Stmt.ImportFrom(module, names, level, t.pos());
        }
        boolean paren = matchOp("(");
        do {
            if (paren && checkOp(")")) {
                break;
            }
            if (!paren && !names.isEmpty() && peek().kind() == Tok.Kind.NEWLINE) {
                throw PySyntaxError.syntax("trailing comma not allowed without surrounding parentheses", peek().pos());
            }
            String name = consumeName("invalid syntax").text();
            String as = matchName("as") ? consumeName("invalid syntax").text() : null;
            names.add(new Stmt.Alias(name, as));
        } while (matchOp(","));
        if (paren) {
            consumeOp(")", "invalid syntax");
        } else if (previous().isOp(",")) {
            throw PySyntaxError.syntax("trailing comma not allowed without surrounding parentheses", previous().pos());
        }
        return new Stmt.ImportFrom(module, names, level, t.pos());
    }

    private static final java.util.Set<String> FORCED_COLON = java.util.Set.of(
            "function definition", "'try' statement", "'finally' statement", "'else' statement");

    /** A block after {@code :}: an indented suite or simple statements on the same line. */
    private List<Stmt> block(String what, Tok header) {
        if (!checkOp(":")) {
            // CPython's grammar insists on the colon (&&':') after def, try, finally and else only;
            // elsewhere a missing colon is "expected ':'" just before the line ends
            boolean forced = FORCED_COLON.contains(what);
            throw forced || peek().kind() == Tok.Kind.NEWLINE ? error("expected ':'", peek()) : invalid(peek());
        }
        advance();
        if (peek().kind() == Tok.Kind.NEWLINE) {
            advance();
            if (peek().kind() != Tok.Kind.INDENT) {
                throw PySyntaxError.indentation("expected an indented block after " + what + " on line "
                        + header.pos().line(), peek().kind() == Tok.Kind.END ? previous().pos() : peek().pos());
            }
            advance();
            List<Stmt> body = new ArrayList<>();
            while (peek().kind() != Tok.Kind.DEDENT && peek().kind() != Tok.Kind.END) {
                body.addAll(statement());
                skipNewlines();
            }
            if (peek().kind() == Tok.Kind.DEDENT) {
                advance();
            }
            return body;
        }
        return simpleStatements();
    }

    /** An if, elif or while condition, where {@code x = 1} gets CPython's hint at {@code ==}. */
    private Expr condition() {
        Expr test = namedExpression();
        if (test instanceof Expr.Name && checkOp("=")) {
            advance();
            Expr value = bitOr();
            if (!checkOp("=") && !checkOp(":=")) {
                throw PySyntaxError.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        test.pos().to(value.pos()));
            }
            throw invalid(peek());
        }
        return test;
    }

    // ---- match (a soft keyword: `match = 1` and `match(x)` are still a name) ----

    /** Whether the line is {@code match subject:} and a block: looked at ahead, then put back. */
    private boolean startsMatchStatement() {
        int saveP = p;
        int saveDepth = depth;
        PySyntaxError saveCompile = compileError;
        try {
            advance();
            if (peek().kind() == Tok.Kind.NEWLINE || checkOp("=") || checkOp(".") || isAugOp(peek())) {
                return false;
            }
            starExpressions();
            return checkOp(":") && peek(1).kind() == Tok.Kind.NEWLINE;
        } catch (PySyntaxError e) {
            return false;
        } finally {
            p = saveP;
            depth = saveDepth;
            compileError = saveCompile;
        }
    }

    private Stmt matchStmt() {
        Tok t = advance();
        Expr subject = starExpressions();
        consumeOp(":", "expected ':'");
        if (peek().kind() != Tok.Kind.NEWLINE) {
            throw invalid(peek());
        }
        advance();
        if (peek().kind() != Tok.Kind.INDENT) {
            throw PySyntaxError.indentation("expected an indented block after 'match' statement on line "
                    + t.pos().line(), peek().pos());
        }
        advance();
        List<Stmt.MatchCase> cases = new ArrayList<>();
        while (peek().kind() != Tok.Kind.DEDENT && peek().kind() != Tok.Kind.END) {
            Tok c = peek();
            if (!c.isName("case")) {
                throw invalid(c);
            }
            advance();
            Pattern pattern = openPatterns();
            Expr guard = matchName("if") ? namedExpression() : null;
            List<Stmt> body = block("'case' statement", c);
            cases.add(new Stmt.MatchCase(pattern, guard, body));
            skipNewlines();
        }
        if (peek().kind() == Tok.Kind.DEDENT) {
            advance();
        }
        return new Stmt.Match(subject, cases, t.pos());
    }

    /** {@code p, q} at the top of a case is a sequence pattern, as in parentheses. */
    private Pattern openPatterns() {
        Tok start = peek();
        Pattern first = maybeStarPattern();
        if (!checkOp(",")) {
            if (first instanceof Pattern.Star) {
                throw invalid(start);
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (matchOp(",")) {
            if (checkOp(":") || checkName("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return sequence(items, start);
    }

    private Pattern sequence(List<Pattern> items, Tok start) {
        Pos span = start.pos().to(previous().pos());
        int star = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Pattern.Star) {
                if (star >= 0) {
                    throw PySyntaxError.syntax("multiple starred names in sequence pattern", span);
                }
                star = i;
            }
        }
        return new Pattern.Sequence(items, star, span);
    }

    private Pattern maybeStarPattern() {
        if (checkOp("*")) {
            Tok t = advance();
            Tok name = consumeName("invalid syntax");
            return new Pattern.Star(name.text().equals("_") ? null : name.text(), t.pos().to(name.pos()));
        }
        return pattern();
    }

    /** {@code or_pattern ['as' NAME]}. */
    private Pattern pattern() {
        Tok start = peek();
        Pattern p0 = closedPattern();
        if (checkOp("|")) {
            List<Pattern> alternatives = new ArrayList<>();
            alternatives.add(p0);
            while (matchOp("|")) {
                alternatives.add(closedPattern());
            }
            p0 = new Pattern.Or(alternatives, start.pos().to(previous().pos()));
        }
        if (matchName("as")) {
            Tok name = consumeName("invalid pattern target");
            if (name.text().equals("_")) {
                throw PySyntaxError.syntax("cannot use '_' as a target", name.pos());
            }
            return new Pattern.As(p0, name.text(), start.pos().to(name.pos()));
        }
        return p0;
    }

    private Pattern closedPattern() {
        Tok t = peek();
        enter(t);
        try {
            if (t.kind() == Tok.Kind.NAME) {
                switch (t.text()) {
                    case "None", "True", "False" -> {
                        return new Pattern.Value(atom(), true, t.pos());
                    }
                    case "_" -> {
                        advance();
                        return new Pattern.Wildcard(t.pos());
                    }
                    default -> {
                        if (Keywords.isKeyword(t.text())) {
                            throw invalid(t);
                        }
                    }
                }
                Expr name = atom();
                boolean dotted = false;
                while (checkOp(".")) {
                    advance();
                    Tok attr = consumeName("invalid syntax");
                    name = new Expr.Attribute(name, attr.text(), t.pos().to(attr.pos()));
                    dotted = true;
                }
                if (checkOp("(")) {
                    return classPattern(name, t);
                }
                return dotted ? new Pattern.Value(name, false, name.pos()) : new Pattern.Capture(t.text(), t.pos());
            }
            if (t.kind() == Tok.Kind.NUMBER || t.kind() == Tok.Kind.STRING || t.isOp("-")) {
                return new Pattern.Value(literal(), false, t.pos());
            }
            if (t.isOp("(") || t.isOp("[")) {
                String close = t.isOp("(") ? ")" : "]";
                advance();
                List<Pattern> items = new ArrayList<>();
                boolean comma = false;
                while (!checkOp(close)) {
                    items.add(maybeStarPattern());
                    if (!matchOp(",")) {
                        break;
                    }
                    comma = true;
                }
                consumeOp(close, "invalid syntax");
                if (close.equals(")") && items.size() == 1 && !comma && !(items.get(0) instanceof Pattern.Star)) {
                    return items.get(0); // a group, not a sequence
                }
                return sequence(items, t);
            }
            if (t.isOp("{")) {
                return mappingPattern(t);
            }
            throw invalid(t);
        } finally {
            leave();
        }
    }

    /**
     * A number (with its sign), or strings: what a literal pattern may be. A sign after a number
     * would start a complex literal ({@code 1 + 2j}), which is not supported: the error is at what
     * follows the sign, where CPython's is when no imaginary part comes.
     */
    private Expr literal() {
        Expr e = signedNumberOrStrings();
        if (e instanceof Expr.Const || e instanceof Expr.UnaryOp) {
            if ((checkOp("+") || checkOp("-")) && !(e instanceof Expr.Const c && c.value() instanceof String)) {
                advance();
                throw invalid(peek());
            }
        }
        return e;
    }

    private Expr signedNumberOrStrings() {
        Tok t = peek();
        if (t.isOp("-")) {
            advance();
            Tok n = peek();
            if (n.kind() != Tok.Kind.NUMBER) {
                throw invalid(n);
            }
            advance();
            return new Expr.UnaryOp("-", new Expr.Const(number(n), n.pos()), t.pos().to(n.pos()));
        }
        if (t.kind() == Tok.Kind.NUMBER) {
            advance();
            return new Expr.Const(number(t), t.pos());
        }
        return strings();
    }

    private Pattern classPattern(Expr cls, Tok start) {
        consumeOp("(", "invalid syntax");
        List<Pattern> positional = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!checkOp(")")) {
            if (peek().kind() == Tok.Kind.NAME && peek(1).isOp("=")) {
                Tok name = advance();
                advance();
                keywords.add(name.text());
                keywordPatterns.add(pattern());
            } else {
                if (!keywords.isEmpty()) {
                    throw PySyntaxError.syntax("positional patterns follow keyword patterns", peek().pos());
                }
                positional.add(pattern());
            }
            if (!matchOp(",")) {
                break;
            }
        }
        consumeOp(")", "invalid syntax");
        return new Pattern.ClassPattern(cls, positional, keywords, keywordPatterns, start.pos().to(previous().pos()));
    }

    private Pattern mappingPattern(Tok open) {
        advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!checkOp("}")) {
            if (checkOp("**")) {
                advance();
                rest = consumeName("invalid syntax").text();
                matchOp(",");
                break;
            }
            Tok k = peek();
            Expr key;
            if (k.kind() == Tok.Kind.NAME && (k.text().equals("None") || k.text().equals("True") || k.text().equals("False"))) {
                key = atom();
            } else if (k.kind() == Tok.Kind.NAME) {
                key = atom();
                if (!checkOp(".")) {
                    // a key is a literal or a dotted name: a bare name fails where its dot should be
                    throw invalid(peek());
                }
                while (matchOp(".")) {
                    Tok attr = consumeName("invalid syntax");
                    key = new Expr.Attribute(key, attr.text(), k.pos().to(attr.pos()));
                }
            } else {
                key = literal();
            }
            consumeOp(":", "invalid syntax");
            keys.add(key);
            values.add(pattern());
            if (!matchOp(",")) {
                break;
            }
        }
        consumeOp("}", "invalid syntax");
        return new Pattern.Mapping(keys, values, rest, open.pos().to(previous().pos()));
    }

    private Stmt ifStmt() {
        Tok t = advance();
        Expr test = condition();
        List<Stmt> body = block("'" + t.text() + "' statement", t);
        List<Stmt> orelse = List.of();
        if (checkName("elif")) {
            orelse = List.of(ifStmt());
        } else if (checkName("else")) {
            Tok e = advance();
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(test, body, orelse, t.pos());
    }

    private Stmt whileStmt() {
        Tok t = advance();
        Expr test = condition();
        loopDepth++;
        List<Stmt> body;
        try {
            body = block("'while' statement", t);
        } finally {
            loopDepth--;
        }
        List<Stmt> orelse = List.of();
        if (checkName("else")) {
            Tok e = advance();
            orelse = block("'else' statement", e);
        }
        return new Stmt.While(test, body, orelse, t.pos());
    }

    private Stmt forStmt() {
        Tok t = advance();
        Expr target = targetList();
        if (!matchName("in")) {
            throw invalid(peek());
        }
        Expr iter = starExpressions();
        loopDepth++;
        List<Stmt> body;
        try {
            body = block("'for' statement", t);
        } finally {
            loopDepth--;
        }
        List<Stmt> orelse = List.of();
        if (checkName("else")) {
            Tok e = advance();
            orelse = block("'else' statement", e);
        }
        return new Stmt.For(target, iter, body, orelse, t.pos());
    }

    /** Targets of {@code for} and comprehensions: {@code i}, {@code i, (x, t)}. */
    private Expr targetList() {
        Tok start = peek();
        List<Expr> items = new ArrayList<>();
        items.add(checkTarget(starOrBitOr(), "for"));
        boolean tuple = false;
        while (matchOp(",")) {
            tuple = true;
            if (checkName("in") || checkOp("=")) {
                break;
            }
            items.add(checkTarget(starOrBitOr(), "for"));
        }
        return tuple ? new Expr.TupleExpr(items, start.pos()) : items.get(0);
    }

    private Expr starOrBitOr() {
        if (checkOp("*")) {
            Tok s = advance();
            return new Expr.Starred(bitOr(), s.pos());
        }
        return bitOr();
    }

    private Stmt withStmt() {
        Tok t = advance();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr ctx = expression();
            Expr target = null;
            if (matchName("as")) {
                target = checkTarget(starOrBitOr(), "as");
            }
            items.add(new Stmt.WithItem(ctx, target));
        } while (matchOp(","));
        List<Stmt> body = block("'with' statement", t);
        return new Stmt.With(items, body, t.pos());
    }

    private Stmt tryStmt() {
        Tok t = advance();
        List<Stmt> body = block("'try' statement", t);
        List<Stmt.Handler> handlers = new ArrayList<>();
        while (checkName("except")) {
            Tok e = advance();
            Expr type = null;
            String name = null;
            if (!checkOp(":")) {
                type = expression();
                if (checkOp(",")) {
                    List<Expr> types = new ArrayList<>(List.of(type));
                    while (matchOp(",")) {
                        types.add(expression());
                    }
                    throw PySyntaxError.syntax("multiple exception types must be parenthesized", type.pos());
                }
                if (matchName("as")) {
                    name = consumeName("invalid syntax").text();
                }
            }
            handlers.add(new Stmt.Handler(type, name, block("'except' statement", e), e.pos()));
        }
        List<Stmt> orelse = List.of();
        if (checkName("else")) {
            Tok e = advance();
            orelse = block("'else' statement", e);
        }
        List<Stmt> finalbody = List.of();
        if (checkName("finally")) {
            Tok f = advance();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw PySyntaxError.syntax("expected 'except' or 'finally' block", peek().pos());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, t.pos());
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (matchOp("@")) {
            decorators.add(namedExpression());
            if (peek().kind() != Tok.Kind.NEWLINE) {
                throw invalid(peek());
            }
            advance();
        }
        if (checkName("def")) {
            return funcDef(decorators);
        }
        if (checkName("class")) {
            return classDef(decorators);
        }
        throw invalid(peek());
    }

    private Stmt funcDef(List<Expr> decorators) {
        Tok t = advance();
        Tok name = consumeName("invalid syntax");
        consumeOp("(", "expected '('");
        Params params = parameters(")");
        consumeOp(")", "invalid syntax");
        if (matchOp("->")) {
            expression();
        }
        int savedLoops = loopDepth;
        loopDepth = 0;
        functionDepth++;
        List<Stmt> body;
        try {
            body = block("function definition", t);
        } finally {
            functionDepth--;
            loopDepth = savedLoops;
        }
        return new Stmt.FunctionDef(name.text(), params, body, decorators, ScopeBuilder.of(params, body), t.pos());
    }

    /** Parameters up to {@code close} (")" for def, ":" for lambda). */
    private Params parameters(String close) {
        List<String> positional = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        String varargs = null;
        List<String> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        String varkw = null;
        boolean star = false;
        while (!checkOp(close)) {
            if (matchOp("**")) {
                varkw = consumeName("invalid syntax").text();
                if (!checkOp(close)) {
                    matchOp(",");
                    if (!checkOp(close)) {
                        throw PySyntaxError.syntax("arguments cannot follow var-keyword argument", peek().pos());
                    }
                }
                break;
            }
            if (matchOp("*")) {
                star = true;
                if (peek().kind() == Tok.Kind.NAME) {
                    varargs = advance().text();
                } else if (checkOp(close)) {
                    throw PySyntaxError.syntax("named arguments must follow bare *", previous().pos());
                }
            } else if (checkOp("/")) {
                advance();
            } else {
                Tok n = consumeName("invalid syntax");
                if (close.equals(")") && matchOp(":")) {
                    expression();
                }
                Expr def = matchOp("=") ? expression() : null;
                List<String> all = new ArrayList<>(positional);
                all.addAll(kwonly);
                if (all.contains(n.text()) || n.text().equals(varargs)) {
                    compileError(PySyntaxError.syntax("duplicate argument '" + n.text() + "' in function definition",
                            n.pos()));
                }
                if (star) {
                    kwonly.add(n.text());
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw PySyntaxError.syntax("non-default argument follows default argument", n.pos());
                    }
                    positional.add(n.text());
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
            if (!matchOp(",")) {
                break;
            }
        }
        return new Params(positional, defaults, varargs, kwonly, kwDefaults, varkw);
    }

    private Stmt classDef(List<Expr> decorators) {
        Tok t = advance();
        Tok name = consumeName("invalid syntax");
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (matchOp("(")) {
            callArguments(bases, keywords);
            consumeOp(")", "invalid syntax");
        }
        int savedLoops = loopDepth;
        int savedFunctions = functionDepth;
        loopDepth = 0;
        functionDepth = 0;
        List<Stmt> body;
        try {
            body = block("class definition", t);
        } finally {
            loopDepth = savedLoops;
            functionDepth = savedFunctions;
        }
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, t.pos());
    }

    // ---- expressions ----

    /** {@code a, *b, c} as on the right of {@code =}: a tuple when there is a comma. */
    private Expr starExpressions() {
        Tok start = peek();
        Expr first = starExpression();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (matchOp(",")) {
            if (atStatementEnd() || checkOp("=") || checkOp(")") || isAugOp(peek()) || checkOp(":")) {
                break;
            }
            items.add(starExpression());
        }
        return new Expr.TupleExpr(items, start.pos().to(previous().pos()));
    }

    private static boolean isAugOp(Tok t) {
        return t.kind() == Tok.Kind.OP && t.text().length() >= 2 && t.text().endsWith("=") && !t.text().equals("==")
                && !t.text().equals("<=") && !t.text().equals(">=") && !t.text().equals("!=");
    }

    private Expr starExpression() {
        if (checkOp("*")) {
            Tok s = advance();
            return new Expr.Starred(bitOr(), s.pos());
        }
        return expression();
    }

    private Expr namedExpression() {
        if (peek().kind() == Tok.Kind.NAME && peek(1).isOp(":=")) {
            Tok n = advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(n.text(), n.pos()), value, n.pos());
        }
        return expression();
    }

    /** {@code a if c else b}, a lambda, or a disjunction. */
    public Expr expression() {
        if (checkName("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (checkName("if")) {
            advance();
            Expr test = disjunction();
            if (!matchName("else")) {
                if (checkOp(":")) {
                    throw invalid(peek()); // CPython's hint leaves out "x if y:", a statement gone wrong
                }
                throw PySyntaxError.syntax("expected 'else' after 'if' expression", body.pos().to(previous().pos()));
            }
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, body.pos());
        }
        return body;
    }

    private Expr lambda() {
        Tok t = advance();
        Params params = parameters(":");
        consumeOp(":", "invalid syntax");
        functionDepth++;
        int savedLoops = loopDepth;
        loopDepth = 0;
        Expr body;
        try {
            body = expression();
        } finally {
            functionDepth--;
            loopDepth = savedLoops;
        }
        Stmt ret = new Stmt.Return(body, body.pos());
        return new Expr.Lambda(params, body, ScopeBuilder.of(params, List.of(ret)), t.pos());
    }

    private Expr disjunction() {
        return boolOp(false);
    }

    /**
     * {@code operand (word operand)*} as one {@link Expr.BoolOp}, or the operand alone: {@code or}
     * over conjunctions, {@code and} over inversions. The levels are chosen by a flag rather than
     * by a method reference, which would cost a lambda's linking at start-up.
     */
    private Expr boolOp(boolean and) {
        String word = and ? "and" : "or";
        Expr first = and ? inversion() : boolOp(true);
        if (!checkName(word)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (matchName(word)) {
            values.add(and ? inversion() : boolOp(true));
        }
        return new Expr.BoolOp(and, values, first.pos());
    }

    private Expr inversion() {
        if (checkName("not")) {
            Tok t = advance();
            enter(t);
            try {
                return new Expr.UnaryOp("not", inversion(), t.pos());
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            String op = compareOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            rights.add(bitOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, rights, left.pos().to(previous().pos()));
    }

    private String compareOp() {
        Tok t = peek();
        if (t.kind() == Tok.Kind.OP) {
            switch (t.text()) {
                case "<", ">", "==", ">=", "<=", "!=" -> {
                    advance();
                    return t.text();
                }
                case "<>" -> throw invalid(t);
                default -> {
                    return null;
                }
            }
        }
        if (t.isName("in")) {
            advance();
            return "in";
        }
        if (t.isName("not") && peek(1).isName("in")) {
            advance();
            advance();
            return "not in";
        }
        if (t.isName("is")) {
            advance();
            if (matchName("not")) {
                return "is not";
            }
            return "is";
        }
        return null;
    }

    /** The binary operators' precedence levels below the comparisons, loosest first; factors below the last. */
    private static final String[][] BINARY_LEVELS = {
        {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
    };

    private Expr bitOr() {
        return leftAssociative(0);
    }

    /** {@code operand (op operand)*} for one precedence level, grouping to the left as Python does. */
    private Expr leftAssociative(int level) {
        if (level == BINARY_LEVELS.length) {
            return factor();
        }
        String[] ops = BINARY_LEVELS[level];
        Expr left = leftAssociative(level + 1);
        while (true) {
            String op = null;
            for (String o : ops) {
                if (checkOp(o)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                return left;
            }
            advance();
            left = new Expr.BinOp(left, op, leftAssociative(level + 1), left.pos().to(previous().pos()));
        }
    }

    private Expr factor() {
        if (checkOp("-") || checkOp("+") || checkOp("~")) {
            Tok t = advance();
            enter(t);
            try {
                Expr operand = factor();
                return new Expr.UnaryOp(t.text(), operand, t.pos().to(operand.pos()));
            } finally {
                leave();
            }
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (checkOp("**")) {
            advance();
            Tok at = peek();
            enter(at);
            try {
                Expr exp = factor();
                return new Expr.BinOp(base, "**", exp, base.pos().to(previous().pos()));
            } finally {
                leave();
            }
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (checkOp(".")) {
                advance();
                Tok name = peek();
                if (name.kind() != Tok.Kind.NAME || Keywords.isKeyword(name.text())) {
                    throw invalid(name); // x.None, x.if: a keyword is no attribute name
                }
                advance();
                e = new Expr.Attribute(e, name.text(), e.pos().to(name.pos()));
            } else if (checkOp("(")) {
                Tok open = advance();
                enter(open);
                try {
                    List<Expr> args = new ArrayList<>();
                    List<Expr.Keyword> keywords = new ArrayList<>();
                    callArguments(args, keywords);
                    consumeOp(")", "invalid syntax");
                    e = new Expr.Call(e, args, keywords, e.pos().to(previous().pos()));
                } finally {
                    leave();
                }
            } else if (checkOp("[")) {
                Tok open = advance();
                enter(open);
                try {
                    Expr index = slices();
                    close("]", index instanceof Expr.TupleExpr t && !t.elts().isEmpty()
                            ? t.elts().get(t.elts().size() - 1) : index);
                    e = new Expr.Subscript(e, index, e.pos().to(previous().pos()));
                } finally {
                    leave();
                }
            } else {
                return e;
            }
        }
    }

    private void callArguments(List<Expr> args, List<Expr.Keyword> keywords) {
        boolean sawKeyword = false;
        boolean sawKeywordUnpacking = false;
        Expr last = null;
        while (!checkOp(")")) {
            Tok start = peek();
            if (matchOp("**")) {
                last = expression();
                keywords.add(new Expr.Keyword(null, last, start.pos()));
                sawKeyword = true;
                sawKeywordUnpacking = true;
            } else if (matchOp("*")) {
                if (sawKeywordUnpacking) {
                    throw PySyntaxError.syntax("iterable argument unpacking follows keyword argument unpacking",
                            start.pos());
                }
                last = expression();
                args.add(new Expr.Starred(last, start.pos()));
            } else if (start.kind() == Tok.Kind.NAME && peek(1).isOp("=") && !Keywords.isKeyword(start.text())) {
                advance();
                Tok equals = advance();
                last = expression();
                if (checkName("for")) {
                    throw PySyntaxError.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            start.pos().to(equals.pos()));
                }
                keywords.add(new Expr.Keyword(start.text(), last, start.pos()));
                sawKeyword = true;
            } else {
                Expr arg = namedExpression();
                if (checkName("for")) {
                    arg = comprehension('(', arg, start);
                    if (!args.isEmpty() || !keywords.isEmpty() || checkOp(",")) {
                        if (checkOp(",") && peek(1).isOp(")")) {
                            advance();
                        } else {
                            throw PySyntaxError.syntax("Generator expression must be parenthesized", arg.pos());
                        }
                    }
                }
                if (checkOp("=")) {
                    throw PySyntaxError.syntax("expression cannot contain assignment, perhaps you meant \"==\"?",
                            arg.pos().to(peek().pos()));
                }
                if (sawKeyword) {
                    // CPython points past the argument, at the token its parser stopped on
                    throw PySyntaxError.syntax(sawKeywordUnpacking
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", peek().pos());
                }
                args.add(arg);
                last = arg;
            }
            if (!matchOp(",")) {
                PySyntaxError hint = checkOp(")") ? null : forgotComma(last);
                if (hint != null) {
                    throw hint;
                }
                break;
            }
        }
    }

    /** What goes between {@code [ ]}: one slice or expression, or a tuple of them. */
    private Expr slices() {
        Tok start = peek();
        Expr first = slice();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp("]")) {
                break;
            }
            items.add(slice());
        }
        return new Expr.TupleExpr(items, start.pos());
    }

    private Expr slice() {
        Tok start = peek();
        Expr lower = null;
        if (!checkOp(":")) {
            lower = starExpression();
            if (!checkOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = checkOp(":") || checkOp("]") || checkOp(",") ? null : expression();
        Expr step = null;
        if (matchOp(":")) {
            step = checkOp("]") || checkOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, start.pos());
    }

    private Expr atom() {
        Tok t = peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Expr.Const(Expr.Const.NONE, t.pos());
                    }
                    case "True" -> {
                        advance();
                        return new Expr.Const(Boolean.TRUE, t.pos());
                    }
                    case "False" -> {
                        advance();
                        return new Expr.Const(Boolean.FALSE, t.pos());
                    }
                    case "yield" -> {
                        throw invalid(t);
                    }
                    default -> {
                        if (Keywords.isKeyword(t.text())) {
                            throw invalid(t);
                        }
                        advance();
                        return new Expr.Name(t.text(), t.pos());
                    }
                }
            }
            case NUMBER -> {
                advance();
                return new Expr.Const(number(t), t.pos());
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.Const(Expr.Const.ELLIPSIS, t.pos());
                    }
                    default -> throw invalid(t);
                }
            }
            case NEWLINE, END -> throw PySyntaxError.syntax("invalid syntax", t.pos());
            default -> throw invalid(t);
        }
    }

    private static Object number(Tok t) {
        String s = t.text().replace("_", "");
        String lower = s.toLowerCase();
        try {
            if (lower.startsWith("0x")) {
                return integer(new BigInteger(s.substring(2), 16));
            }
            if (lower.startsWith("0o")) {
                return integer(new BigInteger(s.substring(2), 8));
            }
            if (lower.startsWith("0b")) {
                return integer(new BigInteger(s.substring(2), 2));
            }
        } catch (NumberFormatException e) {
            throw PySyntaxError.syntax("invalid " + (lower.charAt(1) == 'x' ? "hexadecimal" : lower.charAt(1) == 'o'
                    ? "octal" : "binary") + " literal", t.pos());
        }
        if (lower.endsWith("j")) {
            throw PySyntaxError.syntax("complex numbers are not supported", t.pos());
        }
        if (s.contains(".") || lower.contains("e")) {
            return Double.parseDouble(s);
        }
        if (s.length() > 1 && s.startsWith("0") && !s.chars().allMatch(c -> c == '0')) {
            throw PySyntaxError.syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                    + "for octal integers", t.pos());
        }
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** Adjacent string literals, concatenated; f-strings become a {@link Expr.JoinedStr}. */
    private Expr strings() {
        Tok first = peek();
        List<Expr> parts = new ArrayList<>();
        boolean formatted = false;
        StringBuilder plain = new StringBuilder();
        while (peek().kind() == Tok.Kind.STRING) {
            Tok s = advance();
            if (s.prefix().contains("f")) {
                formatted = true;
                if (plain.length() > 0) {
                    parts.add(new Expr.Const(plain.toString(), s.pos()));
                    plain.setLength(0);
                }
                parts.addAll(FStrings.parse(s.text(), s.prefix().contains("r"), s.pos()));
            } else {
                plain.append(s.text());
            }
        }
        if (!formatted) {
            return new Expr.Const(plain.toString(), first.pos().to(previous().pos()));
        }
        if (plain.length() > 0) {
            parts.add(new Expr.Const(plain.toString(), previous().pos()));
        }
        return new Expr.JoinedStr(parts, first.pos().to(previous().pos()));
    }

    private Expr parenthesized() {
        Tok open = advance();
        enter(open);
        try {
            if (matchOp(")")) {
                return new Expr.TupleExpr(List.of(), open.pos().to(previous().pos()));
            }
            if (checkName("yield")) {
                Expr y = yieldExpr();
                consumeOp(")", "invalid syntax");
                return y;
            }
            Expr first = starOrNamed();
            if (checkName("for")) {
                Expr c = comprehension('(', first, open);
                consumeOp(")", "invalid syntax");
                return c;
            }
            if (matchOp(")")) {
                if (first instanceof Expr.Starred) {
                    throw PySyntaxError.syntax("cannot use starred expression here", first.pos());
                }
                return first;
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            if (!checkOp(",")) {
                close(")", first);
            }
            while (matchOp(",")) {
                if (checkOp(")")) {
                    break;
                }
                items.add(starOrNamed());
            }
            close(")", items.get(items.size() - 1));
            return new Expr.TupleExpr(items, open.pos().to(previous().pos()));
        } finally {
            leave();
        }
    }

    private Expr starOrNamed() {
        if (checkOp("*")) {
            Tok s = advance();
            return new Expr.Starred(bitOr(), s.pos());
        }
        return namedExpression();
    }

    private Expr yieldExpr() {
        Tok t = advance();
        if (functionDepth == 0) {
            compileError(PySyntaxError.syntax("'yield' outside function", t.pos()));
        }
        if (matchName("from")) {
            return new Expr.Yield(expression(), true, t.pos());
        }
        boolean end = atStatementEnd() || checkOp(")") || checkOp("=");
        return new Expr.Yield(end ? null : starExpressions(), false, t.pos());
    }

    private Expr listDisplay() {
        Tok open = advance();
        enter(open);
        try {
            List<Expr> items = new ArrayList<>();
            if (matchOp("]")) {
                return new Expr.ListExpr(items, open.pos().to(previous().pos()));
            }
            Expr first = starOrNamed();
            if (checkName("for")) {
                Expr c = comprehension('[', first, open);
                consumeOp("]", "invalid syntax");
                return c;
            }
            items.add(first);
            while (matchOp(",")) {
                if (checkOp("]")) {
                    break;
                }
                items.add(starOrNamed());
            }
            close("]", items.get(items.size() - 1));
            return new Expr.ListExpr(items, open.pos().to(previous().pos()));
        } finally {
            leave();
        }
    }

    private Expr braceDisplay() {
        Tok open = advance();
        enter(open);
        try {
            if (matchOp("}")) {
                return new Expr.DictExpr(List.of(), List.of(), open.pos().to(previous().pos()));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (matchOp("**")) {
                keys.add(null);
                values.add(bitOr());
            } else {
                Expr first = starOrNamed();
                if (matchOp(":")) {
                    Expr v = expression();
                    if (checkName("for")) {
                        List<Expr.ComprehensionFor> gens = comprehensionFors();
                        consumeOp("}", "invalid syntax");
                        return new Expr.DictComp(first, v, gens, open.pos());
                    }
                    keys.add(first);
                    values.add(v);
                } else {
                    if (checkName("for")) {
                        Expr c = comprehension('{', first, open);
                        consumeOp("}", "invalid syntax");
                        return c;
                    }
                    List<Expr> items = new ArrayList<>(List.of(first));
                    while (matchOp(",")) {
                        if (checkOp("}")) {
                            break;
                        }
                        items.add(starOrNamed());
                    }
                    close("}", items.get(items.size() - 1));
                    return new Expr.SetExpr(items, open.pos().to(previous().pos()));
                }
            }
            while (matchOp(",")) {
                if (checkOp("}")) {
                    break;
                }
                if (matchOp("**")) {
                    keys.add(null);
                    values.add(bitOr());
                } else {
                    keys.add(expression());
                    consumeOp(":", "':' expected after dictionary key");
                    values.add(expression());
                }
            }
            close("}", values.isEmpty() ? null : values.get(values.size() - 1));
            return new Expr.DictExpr(keys, values, open.pos().to(previous().pos()));
        } finally {
            leave();
        }
    }

    private Expr comprehension(char kind, Expr elt, Tok open) {
        if (elt instanceof Expr.Starred) {
            throw PySyntaxError.syntax("iterable unpacking cannot be used in comprehension", elt.pos());
        }
        return new Expr.Comprehension(kind, elt, comprehensionFors(), open.pos());
    }

    private List<Expr.ComprehensionFor> comprehensionFors() {
        List<Expr.ComprehensionFor> gens = new ArrayList<>();
        while (matchName("for")) {
            Expr target = targetList();
            if (!matchName("in")) {
                throw invalid(peek());
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (matchName("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Expr.ComprehensionFor(target, iter, ifs));
        }
        return gens;
    }
}

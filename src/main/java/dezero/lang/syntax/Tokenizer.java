package dezero.lang.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python source to tokens, as CPython's tokenizer makes them: NEWLINE ends a logical line,
 * INDENT and DEDENT mark blocks, brackets join lines, blank and comment lines make no tokens.
 */
public final class Tokenizer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "@=", "<<", ">>", "<>",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        ";", "=",
    };

    private final String src;
    private final List<Tok> out = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Tok> brackets = new ArrayDeque<>();
    private int i;
    private int line = 1;
    private int lineStart;

    /** A bracket still open at the end, reported only if the parser gets that far (as CPython does). */
    private PySyntaxError unclosed;
    /**
     * An error CPython's tokenizer hands to the parser as an error token (an unindent to no outer
     * level, a character after a line-continuation backslash, {@code $}): tokenizing stops there,
     * and the error is the parser's only when it reads that far; an earlier parse error wins.
     */
    private PySyntaxError deferred;

    /** Ends the scan at a deferred error. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private Stop defer(PySyntaxError e) {
        deferred = e;
        return new Stop();
    }

    /**
     * The tokens of a text, and the error of a bracket left open at its end: CPython reports that
     * only when the parse reaches the end, so {@code def f(:} is an "invalid syntax" at the colon.
     */
    public record Tokens(List<Tok> toks, PySyntaxError unclosed, PySyntaxError deferred) {}

    /** Like {@link #tokenize(String, int)}, leaving a bracket open at the end to the parser. */
    static Tokens scan(String src, int firstLine) {
        Tokenizer t = new Tokenizer(src);
        t.line = firstLine;
        t.run();
        return new Tokens(t.out, t.unclosed, t.deferred);
    }

    private Tokenizer(String src) {
        this.src = src;
        indents.push(0);
    }

    /** All tokens of {@code src}, ending with NEWLINE (if any token came before), DEDENTs and END. */
    public static List<Tok> tokenize(String src) {
        return tokenize(src, 1);
    }

    /** The tokens of {@code src} whose first line is line {@code firstLine} of a longer text (a script run piecewise). */
    public static List<Tok> tokenize(String src, int firstLine) {
        Tokens t = scan(src, firstLine);
        if (t.deferred() != null) {
            throw t.deferred();
        }
        if (t.unclosed() != null) {
            throw t.unclosed();
        }
        return t.toks();
    }

    private void run() {
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            // CPython refuses the whole text before reading it: the error names the NUL's line.
            lineStart = src.lastIndexOf('\n', nul) + 1;
            line += (int) src.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            throw PySyntaxError.syntax("source code cannot contain null bytes", pos(nul, nul + 1));
        }
        boolean atLineStart = true;
        try {
            while (true) {
                if (atLineStart && brackets.isEmpty()) {
                    if (!indentation()) {
                        break;
                    }
                    atLineStart = false;
                }
                if (i >= src.length()) {
                    break;
                }
                char c = src.charAt(i);
                if (c == ' ' || c == '\t' || c == '\f') {
                    i++;
                } else if (c == '#') {
                    skipComment();
                } else if (c == '\\' && isNewline(i + 1)) {
                    i++;
                    newline();
                    if (i >= src.length()) {
                        throw defer(PySyntaxError.syntax("unexpected EOF while parsing", pos(i, i)));
                    }
                } else if (c == '\n' || c == '\r') {
                    int start = i;
                    newlineAt(start);
                    if (brackets.isEmpty()) {
                        emitNewline(start);
                        atLineStart = true;
                    }
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                    number();
                } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                    nameOrString();
                } else if (c == '\'' || c == '"') {
                    string("", i);
                } else {
                    operator();
                }
            }
        } catch (Stop stop) {
            noteUnclosed();
            out.add(new Tok(Tok.Kind.END, "", "", deferred.pos()));
            return;
        }
        noteUnclosed();
        Pos end = pos(i, i);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != Tok.Kind.NEWLINE
                && out.get(out.size() - 1).kind() != Tok.Kind.DEDENT) {
            out.add(new Tok(Tok.Kind.NEWLINE, "", "", end));
        }
        while (indents.peek() > 0) {
            indents.pop();
            out.add(new Tok(Tok.Kind.DEDENT, "", "", end));
        }
        out.add(new Tok(Tok.Kind.END, "", "", end));
    }

    /** The innermost bracket still open where tokenizing ended, as CPython names it. */
    private void noteUnclosed() {
        if (!brackets.isEmpty()) {
            Tok open = brackets.peek();
            unclosed = PySyntaxError.syntax("'" + open.text() + "' was never closed", open.pos());
        }
    }

    /** Measures a line's indentation and emits INDENT/DEDENT; skips blank lines. False at the end. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int start = i;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                } else if (c == '\f') {
                    col = 0;
                } else {
                    break;
                }
                i++;
            }
            if (i >= src.length()) {
                return false;
            }
            char c = src.charAt(i);
            if (c == '#') {
                skipComment();
                if (i >= src.length()) {
                    return false;
                }
            }
            if (i < src.length() && (src.charAt(i) == '\n' || src.charAt(i) == '\r')) {
                newlineAt(i);
                continue;
            }
            if (c == '\\' && isNewline(i + 1)) {
                // A backslash continuation on an otherwise empty line: the next line starts the statement.
                i++;
                newline();
                continue;
            }
            int top = indents.peek();
            Pos p = pos(start, i);
            if (col > top) {
                indents.push(col);
                out.add(new Tok(Tok.Kind.INDENT, "", "", p));
            } else if (col < top) {
                while (col < indents.peek()) {
                    indents.pop();
                    out.add(new Tok(Tok.Kind.DEDENT, "", "", p));
                }
                if (col != indents.peek()) {
                    throw defer(PySyntaxError.indentation("unindent does not match any outer indentation level", p));
                }
            }
            return true;
        }
    }

    private void emitNewline(int at) {
        Tok last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.kind() != Tok.Kind.NEWLINE && last.kind() != Tok.Kind.INDENT
                && last.kind() != Tok.Kind.DEDENT) {
            out.add(new Tok(Tok.Kind.NEWLINE, "", "", new Pos(line - 1, at - prevLineStart, line - 1, at - prevLineStart + 1)));
        }
    }

    private int prevLineStart;

    private boolean isNewline(int at) {
        return at < src.length() && (src.charAt(at) == '\n' || src.charAt(at) == '\r');
    }

    /** Consumes the newline at {@code i} and starts the next line. */
    private void newline() {
        newlineAt(i);
    }

    private void newlineAt(int at) {
        i = at;
        if (src.charAt(i) == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
            i++;
        }
        i++;
        prevLineStart = lineStart;
        line++;
        lineStart = i;
    }

    private void skipComment() {
        while (i < src.length() && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            i++;
        }
    }

    private Pos pos(int start, int end) {
        return new Pos(line, start - lineStart, line, end - lineStart);
    }

    /**
     * A number, checked as CPython's tokenizer checks it: an underscore only between digits, digits
     * of the base, no letter right after (except the keywords that may follow a number, such as
     * {@code 1if}), no leading zeros in a decimal integer. Errors point where CPython points.
     */
    private void number() {
        int start = i;
        if (src.charAt(i) == '0' && i + 1 < src.length() && "xXoObB".indexOf(src.charAt(i + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(i + 1));
            String kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            i += 2;
            do {
                if (at() == '_') {
                    i++;
                }
                if (!inBase(at(), base)) {
                    if (base != 'x' && Character.isDigit(at())) {
                        throw badDigit(kind);
                    }
                    throw numberError("invalid " + kind + " literal");
                }
                while (inBase(at(), base)) {
                    i++;
                }
            } while (at() == '_');
            if (base != 'x' && Character.isDigit(at())) {
                throw badDigit(kind);
            }
            endOfNumber(kind);
        } else {
            boolean leadingZeros = false;
            int zerosEnd = i;
            if (src.charAt(i) == '0') {
                while (at() == '0' || at() == '_' && Character.isDigit(at(1))) {
                    i++;
                }
                zerosEnd = i;
                if (at() == '_') {
                    i++;
                    throw numberError("invalid decimal literal");
                }
                if (Character.isDigit(at())) {
                    leadingZeros = true;
                    decimalTail();
                }
            } else {
                decimalTail();
            }
            boolean isInteger = true;
            if (at() == '.') {
                isInteger = false;
                i++;
                if (Character.isDigit(at())) {
                    decimalTail();
                }
            }
            if (at() == 'e' || at() == 'E') {
                int e = i;
                i++;
                if (at() == '+' || at() == '-') {
                    i++;
                    if (!Character.isDigit(at())) {
                        throw numberError("invalid decimal literal");
                    }
                }
                if (Character.isDigit(at())) {
                    isInteger = false;
                    decimalTail();
                } else {
                    i = e; // "1else": the e starts a keyword
                    endOfNumber("decimal");
                }
            }
            if (at() == 'j' || at() == 'J') {
                isInteger = false;
                i++;
                endOfNumber("imaginary");
            } else if (leadingZeros && isInteger) {
                throw PySyntaxError.syntax("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", pos(start, zerosEnd));
            } else {
                endOfNumber("decimal");
            }
        }
        out.add(new Tok(Tok.Kind.NUMBER, src.substring(start, i), "", pos(start, i)));
    }

    private char at() {
        return at(0);
    }

    private char at(int ahead) {
        return i + ahead < src.length() ? src.charAt(i + ahead) : '\0';
    }

    private static boolean inBase(char c, char base) {
        return switch (base) {
            case 'x' -> Character.digit(c, 16) >= 0 && c < 128;
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** Digits with single underscores between them. */
    private void decimalTail() {
        while (true) {
            while (Character.isDigit(at())) {
                i++;
            }
            if (at() != '_') {
                return;
            }
            i++;
            if (!Character.isDigit(at())) {
                throw numberError("invalid decimal literal");
            }
        }
    }

    /** A letter right after a number is CPython's error, unless it starts a keyword that may follow one. */
    private void endOfNumber(String kind) {
        char c = at();
        boolean keyword = switch (c) {
            case 'a' -> src.startsWith("nd", i + 1);
            case 'e' -> src.startsWith("lse", i + 1);
            case 'f' -> src.startsWith("or", i + 1);
            case 'i' -> at(1) == 'f' || at(1) == 'n' || at(1) == 's';
            case 'o' -> at(1) == 'r';
            case 'n' -> src.startsWith("ot", i + 1);
            default -> false;
        };
        if (!keyword && c != '\0' && (Character.isJavaIdentifierPart(c) && c != '$' || c >= 128)) {
            throw numberError("invalid " + kind + " literal");
        }
    }

    /** CPython points its number errors at the character before the one that broke the literal. */
    private PySyntaxError numberError(String message) {
        return PySyntaxError.syntax(message, pos(i - 1, i));
    }

    private PySyntaxError badDigit(String kind) {
        return PySyntaxError.syntax("invalid digit '" + at() + "' in " + kind + " literal", pos(i, i + 1));
    }

    private void nameOrString() {
        int start = i;
        while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i)) && src.charAt(i) != '$'
                && !Character.isIdentifierIgnorable(src.charAt(i))) {
            i++;
        }
        String word = src.substring(start, i);
        if (i < src.length() && (src.charAt(i) == '\'' || src.charAt(i) == '"') && isStringPrefix(word)) {
            string(word.toLowerCase(), start);
            return;
        }
        if (!isAscii(word)) {
            // Python compares names after NFKC normalisation: 'ﬁ' and 'fi' are one name.
            word = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        }
        out.add(new Tok(Tok.Kind.NAME, word.intern(), "", pos(start, i)));
    }

    private static boolean isAscii(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStringPrefix(String w) {
        String p = w.toLowerCase();
        return p.equals("r") || p.equals("b") || p.equals("f") || p.equals("u") || p.equals("rb") || p.equals("br")
                || p.equals("fr") || p.equals("rf");
    }

    private void string(String prefix, int start) {
        int startLine = line;
        int startCol = start - lineStart;
        char q = src.charAt(i);
        boolean triple = i + 2 < src.length() && src.charAt(i + 1) == q && src.charAt(i + 2) == q;
        i += triple ? 3 : 1;
        boolean raw = prefix.contains("r");
        StringBuilder body = new StringBuilder();
        while (true) {
            if (i >= src.length()) {
                throw unterminated(triple, startLine, startCol);
            }
            char c = src.charAt(i);
            if (c == q && (!triple || (i + 2 < src.length() && src.charAt(i + 1) == q && src.charAt(i + 2) == q))) {
                i += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false, startLine, startCol);
                }
                int at = i;
                newlineAt(at);
                body.append('\n');
                continue;
            }
            if (c == '\\' && i + 1 < src.length()) {
                char n = src.charAt(i + 1);
                if (n == '\n' || n == '\r') {
                    if (raw || prefix.contains("f")) {
                        body.append('\\');
                    }
                    i++;
                    newlineAt(i);
                    if (raw || prefix.contains("f")) {
                        body.append('\n');
                    }
                    continue;
                }
                body.append(c).append(n);
                i += 2;
                continue;
            }
            body.append(c);
            i++;
        }
        String text = body.toString();
        if (!raw && !prefix.contains("f")) {
            text = Escapes.decode(text);
        }
        Pos p = new Pos(startLine, startCol, line, i - lineStart);
        out.add(new Tok(Tok.Kind.STRING, text, prefix, p));
    }

    private PySyntaxError unterminated(boolean triple, int startLine, int startCol) {
        Pos p = new Pos(startLine, startCol, startLine, startCol + 1);
        if (triple) {
            return PySyntaxError.syntax("unterminated triple-quoted string literal (detected at line " + line + ")", p);
        }
        return PySyntaxError.syntax("unterminated string literal (detected at line " + startLine + ")", p);
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                Tok t = new Tok(Tok.Kind.OP, op, "", pos(i, i + op.length()));
                i += op.length();
                bracket(t);
                out.add(t);
                return;
            }
        }
        char c = src.charAt(i);
        int cp = src.codePointAt(i);
        Pos p = pos(i, i + 1);
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            throw defer(PySyntaxError.syntax("invalid syntax", p));
        }
        if (c == '\\' && i + 1 == src.length()) {
            throw defer(PySyntaxError.syntax("unexpected EOF while parsing", pos(i + 1, i + 1)));
        }
        if (c == '\\') {
            Pos after = pos(i + 1, i + 2);
            throw defer(PySyntaxError.syntax("unexpected character after line continuation character", after));
        }
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            throw PySyntaxError.syntax(String.format("invalid non-printable character U+%04X", cp), p);
        }
        throw PySyntaxError.syntax(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), p);
    }

    private void bracket(Tok t) {
        switch (t.text()) {
            case "(", "[", "{" -> brackets.push(t);
            case ")", "]", "}" -> {
                if (brackets.isEmpty()) {
                    throw PySyntaxError.syntax("unmatched '" + t.text() + "'", t.pos());
                }
                Tok open = brackets.pop();
                String expected = switch (open.text()) {
                    case "(" -> ")";
                    case "[" -> "]";
                    default -> "}";
                };
                if (!expected.equals(t.text())) {
                    String msg = "closing parenthesis '" + t.text() + "' does not match opening parenthesis '" + open.text() + "'";
                    if (open.pos().line() != t.pos().line()) {
                        msg += " on line " + open.pos().line();
                    }
                    throw PySyntaxError.syntax(msg, t.pos());
                }
            }
            default -> { }
        }
    }
}

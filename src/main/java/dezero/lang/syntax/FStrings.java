package dezero.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/** The parts of an f-string's body: literal text and {@code {expr!conv:spec}} fields. */
final class FStrings {
    private FStrings() {}

    static List<Expr> parse(String body, boolean raw, Pos pos) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    text.append('{');
                    i += 2;
                    continue;
                }
                if (text.length() > 0) {
                    parts.add(new Expr.Const(raw ? text.toString() : Escapes.decode(text.toString()), pos));
                    text.setLength(0);
                }
                i = field(body, i + 1, raw, pos, parts);
            } else if (c == '}') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    text.append('}');
                    i += 2;
                    continue;
                }
                throw PySyntaxError.syntax("f-string: single '}' is not allowed", pos);
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Expr.Const(raw ? text.toString() : Escapes.decode(text.toString()), pos));
        }
        return parts;
    }

    /** Parses the field starting after its '{'; returns the index after its '}'. */
    private static int field(String body, int start, boolean raw, Pos pos, List<Expr> parts) {
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ':' || (c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '='))) {
                break;
            }
            i++;
        }
        exprEnd = i;
        String source = body.substring(start, exprEnd);
        if (source.isBlank()) {
            throw PySyntaxError.syntax("f-string: empty expression not allowed", pos);
        }
        boolean selfDoc = false;
        String trimmed = source.stripTrailing();
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
                && !trimmed.endsWith(">=")) {
            selfDoc = true;
            source = trimmed.substring(0, trimmed.length() - 1);
        }
        Expr value = Parser.parseExpression(source, pos);
        char conv = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            if (i + 1 >= body.length()) {
                throw PySyntaxError.syntax("f-string: expecting '}'", pos);
            }
            conv = body.charAt(i + 1);
            if (conv != 'r' && conv != 's' && conv != 'a') {
                throw PySyntaxError.syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'", pos);
            }
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            int specStart = i + 1;
            int d = 0;
            i = specStart;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '{') {
                    d++;
                } else if (c == '}') {
                    if (d == 0) {
                        break;
                    }
                    d--;
                }
                i++;
            }
            List<Expr> specParts = parse(body.substring(specStart, i), raw, pos);
            spec = new Expr.JoinedStr(specParts, pos);
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw PySyntaxError.syntax("f-string: expecting '}'", pos);
        }
        if (selfDoc) {
            parts.add(new Expr.Const(body.substring(start, exprEnd), pos));
            if (conv == 0 && spec == null) {
                conv = 'r';
            }
        }
        parts.add(new Expr.FormattedValue(value, conv, spec, pos));
        return i + 1;
    }
}

package dezero.jupyter;

import dezero.lang.Result;
import dezero.lang.Session;
import dezero.repl.LineEditing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to {@code complete_request}, {@code inspect_request} and {@code is_complete_request}:
 * the REPL's Tab completion, its {@code help}, and its continuation rules. Jupyter counts the
 * cursor in code points; Java strings in chars, so positions are converted both ways.
 */
final class Introspection {
    private final Session session;

    Introspection(Session session) {
        this.session = session;
    }

    Map<String, Object> complete(String code, int cursorCodePoints) {
        int cursor = toCharIndex(code, cursorCodePoints);
        LineEditing.Completions c = LineEditing.complete(session, code, cursor);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("matches", new ArrayList<Object>(c.matches()));
        reply.put("cursor_start", (long) code.codePointCount(0, c.start()));
        reply.put("cursor_end", (long) code.codePointCount(0, c.end()));
        reply.put("metadata", Map.of());
        return reply;
    }

    /** {@code help NAME} for the name at the cursor; a session value shows its type and repr instead. */
    Map<String, Object> inspect(String code, int cursorCodePoints) {
        String name = nameAt(code, toCharIndex(code, cursorCodePoints));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        String text = name.isEmpty() ? null : describe(name);
        reply.put("found", text != null);
        reply.put("data", text == null ? Map.of() : Map.of("text/plain", text));
        reply.put("metadata", Map.of());
        return reply;
    }

    private String describe(String name) {
        List<String> parts = new ArrayList<>();
        Object v = session.values().get(name);
        if (v != null) {
            parts.add(name + ": " + Session.typeName(v) + "\n" + Session.repr(v));
        }
        Result help = session.eval("help " + name);
        if (help.status() == Result.Status.OK && !help.out().isBlank()) {
            parts.add(help.out().stripTrailing());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    Map<String, Object> isComplete(String code) {
        Map<String, Object> reply = new LinkedHashMap<>();
        switch (LineEditing.completeness(session, code)) {
            case COMPLETE -> reply.put("status", "complete");
            case INVALID -> reply.put("status", "invalid");
            case INCOMPLETE -> {
                reply.put("status", "incomplete");
                reply.put("indent", indentOfLastLine(code));
            }
        }
        return reply;
    }

    /** The next line's indentation: the last line's, one level deeper after a line that opens a block. */
    private static String indentOfLastLine(String code) {
        String last = code.substring(code.lastIndexOf('\n') + 1);
        int i = 0;
        while (i < last.length() && (last.charAt(i) == ' ' || last.charAt(i) == '\t')) {
            i++;
        }
        return last.substring(0, i) + (last.stripTrailing().endsWith(":") ? "    " : "");
    }

    /** The identifier around {@code cursor} (the last name of a dotted path), or "". */
    static String nameAt(String code, int cursor) {
        int start = cursor;
        while (start > 0 && isNamePart(code.charAt(start - 1))) {
            start--;
        }
        int end = cursor;
        while (end < code.length() && isNamePart(code.charAt(end))) {
            end++;
        }
        String name = code.substring(start, end);
        if (name.isEmpty() && cursor > 0 && code.charAt(cursor - 1) == '(') {
            return nameAt(code, cursor - 1);
        }
        return !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0)) ? name : "";
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int toCharIndex(String code, int codePoints) {
        int n = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, n);
    }
}

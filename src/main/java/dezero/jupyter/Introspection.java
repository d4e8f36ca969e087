package dezero.jupyter;

import dezero.lang.Result;
import dezero.lang.Session;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyModule;
import dezero.lang.syntax.Parser;
import dezero.lang.syntax.PySyntaxError;
import dezero.repl.LineEditing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers to {@code complete_request}, {@code inspect_request} and {@code is_complete_request}:
 * the REPL's Tab completion (and {@code self.} in a class the cell defines), Python's {@code help},
 * and the prompt's continuation rules. Jupyter counts the cursor in code points; Java strings
 * in chars, so positions are converted both ways.
 */
final class Introspection {
    /** {@code self.} and what follows it, up to the cursor, not after another name's dot. */
    private static final Pattern SELF_DOT = Pattern.compile("(?<![\\w.])self\\.(\\w*)$");
    /** A class's header: its name, and its bases between parentheses. */
    private static final Pattern CLASS_LINE = Pattern.compile("^class\\s+(\\w+)\\s*(?:\\((.*)\\))?\\s*:");
    /** An attribute a method assigns ({@code self.l1 = ...}, {@code self.n += 1}), not one it compares. */
    private static final Pattern SELF_ASSIGNED = Pattern.compile("\\bself\\.(\\w+)\\s*(?:=[^=]|[-+*/@%&|^]=)");
    private static final Pattern METHOD = Pattern.compile("^\\s+def\\s+(\\w+)", Pattern.MULTILINE);

    private final Session session;

    Introspection(Session session) {
        this.session = session;
    }

    Map<String, Object> complete(String code, int cursorCodePoints) {
        int cursor = toCharIndex(code, cursorCodePoints);
        LineEditing.Completions c = LineEditing.complete(session, code, cursor);
        if (c.matches().isEmpty()) {
            c = selfAttributes(code, cursor, c);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "ok");
        reply.put("matches", new ArrayList<Object>(c.matches()));
        reply.put("cursor_start", (long) code.codePointCount(0, c.start()));
        reply.put("cursor_end", (long) code.codePointCount(0, c.end()));
        reply.put("metadata", Map.of());
        return reply;
    }

    /**
     * {@code self.} inside a method of a class the cell defines: {@code self} is no name of the
     * session, so the REPL's completer has nothing; the attributes are what the class body
     * assigns to {@code self} and defines, and what its base classes (a session's {@code Model},
     * a class run before) have.
     */
    private LineEditing.Completions selfAttributes(String code, int cursor, LineEditing.Completions none) {
        Matcher self = SELF_DOT.matcher(code.substring(code.lastIndexOf('\n', cursor - 1) + 1, cursor));
        if (!self.find()) {
            return none;
        }
        String partial = self.group(1);
        String[] lines = code.substring(0, cursor).split("\n", -1);
        if (!Character.isWhitespace(lines[lines.length - 1].charAt(0))) {
            return none;
        }
        int header = lines.length - 1;
        Matcher cls = null;
        while (header >= 0 && !(cls = CLASS_LINE.matcher(lines[header])).find()) {
            if (header < lines.length - 1 && !lines[header].isBlank() && !Character.isWhitespace(lines[header].charAt(0))) {
                return none;
            }
            header--;
        }
        if (header < 0) {
            return none;
        }
        String body = classBody(code, header);
        Set<String> names = new TreeSet<>();
        Matcher m = SELF_ASSIGNED.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        m = METHOD.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        List<String> owners = new ArrayList<>(List.of(cls.group(1)));
        if (cls.group(2) != null) {
            for (String base : cls.group(2).split(",")) {
                owners.add(base.strip());
            }
        }
        for (String owner : owners) {
            if (owner.matches("\\w+(\\.\\w+)*") && session.peek(List.of(owner.split("\\."))) != null) {
                for (String full : session.completions(owner + "." + partial)) {
                    names.add(full.substring(owner.length() + 1));
                }
            }
        }
        names.removeIf(n -> !n.startsWith(partial) || n.startsWith("_") && !partial.startsWith("_"));
        return new LineEditing.Completions(cursor - partial.length(), cursor, List.copyOf(names));
    }

    /** The lines of the class whose header is line {@code header}: up to the next line at column 0. */
    private static String classBody(String code, int header) {
        String[] lines = code.split("\n", -1);
        StringBuilder body = new StringBuilder();
        for (int i = header + 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && !Character.isWhitespace(lines[i].charAt(0))) {
                break;
            }
            body.append(lines[i]).append('\n');
        }
        return body.toString();
    }

    /**
     * Python's {@code help} for the (dotted) name at the cursor, as the {@code help} command shows
     * it (a command's usage for a command); a value of the session that is not a function, a class
     * or a module shows its type and repr first, as IPython's {@code x?} does.
     */
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
        Object v = session.peek(List.of(name.split("\\.", -1)));
        if (v != null && (name.contains(".") || session.values().containsKey(name)) && !Py.callable(v)
                && !(v instanceof PyModule)) {
            parts.add(name + ": " + Session.typeName(v) + "\n" + Session.repr(v));
        }
        Result help = session.eval("help " + name);
        if (help.status() == Result.Status.OK && !help.out().isBlank()) {
            parts.add(help.out().stripTrailing());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /**
     * Python's interactive rules, as the REPL's prompt applies them: a line that opens a block, an
     * open bracket or string asks for more, a block ends with a blank line; what can never be
     * finished (a syntax error outside command lines) is {@code invalid}, as IPython says.
     */
    Map<String, Object> isComplete(String code) {
        Map<String, Object> reply = new LinkedHashMap<>();
        switch (LineEditing.completeness(session, code)) {
            case COMPLETE -> reply.put("status", isPython(code) ? "complete" : "invalid");
            case INVALID -> reply.put("status", "invalid");
            case INCOMPLETE -> {
                reply.put("status", "incomplete");
                reply.put("indent", indentOfLastLine(code));
            }
        }
        return reply;
    }

    /** True when the code parses as Python once its top-level command lines ({@code backward y}) are left out. */
    private boolean isPython(String code) {
        StringBuilder python = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            boolean command = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && session.isCommandLine(line);
            python.append(command ? "" : line).append('\n');
        }
        try {
            Parser.parseModule(python.toString());
            return true;
        } catch (PySyntaxError e) {
            return false;
        }
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

    /** The dotted name around {@code cursor} ({@code np.zeros}, up to the cursor's identifier's end), or "". */
    static String nameAt(String code, int cursor) {
        int start = cursor;
        while (start > 0 && (isNamePart(code.charAt(start - 1)) || code.charAt(start - 1) == '.')) {
            start--;
        }
        int end = cursor;
        while (end < code.length() && isNamePart(code.charAt(end))) {
            end++;
        }
        String name = code.substring(start, end);
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty() && cursor > 0 && code.charAt(cursor - 1) == '(') {
            return nameAt(code, cursor - 1);
        }
        return name.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*") ? name : "";
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int toCharIndex(String code, int codePoints) {
        int n = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, n);
    }
}

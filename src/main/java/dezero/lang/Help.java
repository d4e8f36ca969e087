package dezero.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of {@code help} and {@code help TOPIC}, built from the registries. */
final class Help {
    static final String ATTRIBUTES = String.join("\n",
            "A Variable has: data (its array), grad (a Variable or None), creator (the Function that made it,",
            "  or None for a leaf), generation, name, shape, ndim, size, T (transposed).",
            "Methods: backward(retain_grad=False, create_graph=False), cleargrad(), reshape(*shape),",
            "  transpose(*axes), sum(axis=None, keepdims=False).",
            "A Function (y.creator) prints as <Square gen=1> and has inputs, outputs, generation.",
            "An array (x.data) has shape, ndim, size, T and can be indexed: x.data[0].");
    static final String SYNTAX = String.join("\n",
            "A line is statements separated by ';': NAME = expression, an expression, or a command.",
            "Operators as in Python: + - * / @ (matmul) ** (power, -x**2 is -(x**2)); calls f(a, k=v);",
            "attributes a.b; indexing a[i]; lists [1, 2]; tuples (2, 3); strings 'a'; True False None.",
            "Numbers, lists and arrays assigned to a name become leaf Variables: x = 3, x = [1, 2, 3].",
            "A trailing ';' silences the echo of a line. '#' starts a comment. A line with an open",
            "bracket continues on the next. Commands also work as :name (e.g. :vars).");

    private Help() {}

    static String overview(Session session) {
        List<String> lines = new ArrayList<>();
        lines.add("Commands (help NAME for one):");
        int width = session.commands().all().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
        for (Command c : session.commands().all()) {
            lines.add("  " + c.usage() + " ".repeat(width - c.usage().length() + 2) + c.help());
        }
        lines.add("Functions (help NAME for its signature and an example):");
        for (String group : Builtins.GROUPS) {
            String names = session.builtins().group(group).stream().map(Builtin::name)
                    .collect(Collectors.joining(" "));
            lines.add("  " + group + ":" + " ".repeat(11 - group.length()) + names);
        }
        lines.add("  np. is optional: np.ones(3) or ones(3); np.random.randn(2, 3) or randn(2, 3).");
        lines.add("Variables: help attributes.  Grammar: help syntax.");
        Map<String, String> topics = session.commands().topics();
        if (topics.size() > 2) {
            lines.add("Other topics: " + String.join(" ", topics.keySet()));
        }
        return String.join("\n", lines);
    }

    static String topic(Session session, String name, Span span) {
        List<String> parts = new ArrayList<>();
        Command c = session.commands().get(name);
        if (c != null) {
            parts.add(c.usage() + "\n    " + c.help());
        }
        Builtin b = session.builtins().get(name);
        if (b != null) {
            parts.add(describe(b, ""));
        }
        Builtin m = Attributes.variableMethods().get(name);
        if (m != null) {
            parts.add(describe(m, "Variable."));
        }
        String t = session.commands().topics().get(name);
        if (t != null) {
            parts.add(t);
        }
        if (parts.isEmpty() && Attributes.VARIABLE.contains(name)) {
            parts.add(ATTRIBUTES);
        }
        if (parts.isEmpty()) {
            List<String> known = new ArrayList<>();
            session.commands().all().forEach(x -> known.add(x.name()));
            session.builtins().all().forEach(x -> known.add(x.name()));
            known.addAll(session.commands().topics().keySet());
            throw LangError.name("no help for '" + name + "'" + Suggest.didYouMean(name, known)
                    + " (help alone lists everything)", span);
        }
        return String.join("\n", parts);
    }

    private static String describe(Builtin b, String prefix) {
        return prefix + b.signature() + "\n    " + b.doc() + "\n    example: " + b.example();
    }
}

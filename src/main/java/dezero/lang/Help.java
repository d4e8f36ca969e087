package dezero.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text of the {@code help} command: the commands and topics from the registry, Python's help for the rest. */
final class Help {
    static final String SYNTAX = String.join("\n",
            "The REPL speaks Python (the subset the book is written in): statements, def, class, for, while,",
            "with no_grad():, comprehensions, f-strings. numpy is np; DeZero's Variable, Function, F, L,",
            "optimizers, Model, DataLoader and its functions (square, exp, add ...) need no import.",
            "A line ending in ':' opens a block, closed by a blank line. At the prompt an assignment",
            "echoes its value (y = variable(12.0)) and an expression its repr; a trailing ';' silences a line.",
            "A command is the first word of a line (backward y); ':vars' forces one when 'vars' is also a name.");

    private Help() {}

    static String overview(Session session) {
        List<String> lines = new ArrayList<>();
        lines.add("Commands (help NAME for one):");
        int width = session.commands().all().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
        for (Command c : session.commands().all()) {
            lines.add("  " + c.usage() + " ".repeat(width - c.usage().length() + 2) + c.help());
        }
        lines.add("Python: help(NAME) shows a function's or a class's signature and docstring (help(F.tanh)).");
        lines.add("Language: help syntax.");
        Map<String, String> topics = session.commands().topics();
        if (topics.size() > 1) {
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
        String t = session.commands().topics().get(name);
        if (t != null) {
            parts.add(t);
        }
        Object v = session.peek(List.of(name.split("\\.", -1)));
        if (v != null && parts.isEmpty()) {
            parts.add(dezero.lang.library.Help.text(v).stripTrailing());
        }
        if (parts.isEmpty()) {
            List<String> known = new ArrayList<>();
            session.commands().all().forEach(x -> known.add(x.name()));
            known.addAll(session.commands().topics().keySet());
            throw LangError.name("no help for '" + name + "'" + Suggest.didYouMean(name, known)
                    + " (help alone lists everything)", span);
        }
        return String.join("\n", parts);
    }
}

package dezero.viz;

import dezero.core.Function;
import dezero.core.Variable;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph that produced a variable as an indented tree, output at the top, variables and
 * functions alternating as in the book's figures:
 *
 * <pre>
 * y = 32.0
 * └─ &lt;Add gen=2&gt;
 *    ├─ x1 = 16.0
 *    │  └─ &lt;Square gen=1&gt;
 *    │     └─ a = 4.0
 *    │        └─ &lt;Square gen=0&gt;
 *    │           └─ x = 2.0   grad = 64.0
 *    └─ x2 = 16.0
 *       └─ &lt;Square gen=1&gt;
 *          └─ a  (see above)
 * </pre>
 *
 * A node reached a second time is printed once and referred to after that. Iterative, and
 * capped at a number of lines, after which one line says how many nodes were left out.
 */
final class TextTree {
    private final Labels labels;
    private final Style style;
    private final int maxLines;
    private final Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Connectors of one drawing style: branch, last branch, continued rail, blank rail. */
    private record Style(String branch, String last, String rail, String blank) {}

    private static final Style UNICODE = new Style("├─ ", "└─ ", "│  ", "   ");
    private static final Style ASCII = new Style("|-- ", "`-- ", "|   ", "    ");

    /** A node waiting to be printed: its connector line start and the prefix of its children. */
    private record Item(Object node, String lead, String childPrefix) {}

    TextTree(Map<Variable, String> names, boolean unicode, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, got " + maxLines);
        }
        this.labels = new Labels(names);
        this.style = unicode ? UNICODE : ASCII;
        this.maxLines = maxLines;
    }

    String render(Variable y) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<Item> todo = new ArrayDeque<>();
        todo.push(new Item(y, "", ""));
        int lines = 0;
        while (!todo.isEmpty()) {
            if (lines == maxLines) {
                int left = Reach.from(List.of(y), false).nodes() - shown.size();
                out.append("... ").append(left).append(left == 1 ? " more node" : " more nodes")
                        .append(" not shown (limit: ").append(maxLines).append(" lines)\n");
                break;
            }
            Item item = todo.pop();
            out.append(item.lead()).append(line(item.node())).append('\n');
            lines++;
            if (shown.add(item.node())) {
                pushChildren(item, todo);
            }
        }
        return out.toString();
    }

    private String line(Object node) {
        boolean again = shown.contains(node);
        if (node instanceof Function f) {
            String fn = "<" + f.name() + " gen=" + f.generation() + ">";
            return again ? fn + "  (see above)" : fn;
        }
        Variable v = (Variable) node;
        String name = labels.name(v);
        if (again) {
            return name + "  (see above)";
        }
        String line = name + " = " + Labels.brief(v.data);
        return v.grad == null ? line : line + "   grad = " + Labels.brief(v.grad.data);
    }

    private void pushChildren(Item item, ArrayDeque<Item> todo) {
        List<?> children = item.node() instanceof Function f ? f.inputs()
                : ((Variable) item.node()).creator == null ? List.of() : List.of(((Variable) item.node()).creator);
        String prefix = item.childPrefix();
        for (int i = children.size() - 1; i >= 0; i--) {
            boolean last = i == children.size() - 1;
            todo.push(new Item(children.get(i), prefix + (last ? style.last() : style.branch()),
                    prefix + (last ? style.blank() : style.rail())));
        }
    }
}

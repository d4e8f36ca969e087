package dezero.jupyter;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code vars} table as HTML. The REPL's table pads every column to its widest cell plus two
 * blanks, so the header's words mark where each column starts on every row.
 */
final class VarsHtml {
    private VarsHtml() {}

    /** The table {@code text} as an HTML table, or null when it is not a table (no variables yet). */
    static String of(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].startsWith("name ")) {
            return null;
        }
        List<Integer> starts = columnStarts(lines[0]);
        StringBuilder sb = new StringBuilder("<table class=\"dezero-vars\">\n<thead><tr>");
        for (String h : cells(lines[0], starts)) {
            sb.append("<th>").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int i = 1; i < lines.length; i++) {
            sb.append("<tr>");
            for (String c : cells(lines[i], starts)) {
                sb.append("<td><code>").append(escape(c)).append("</code></td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>").toString();
    }

    private static List<Integer> columnStarts(String header) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) != ' ' && (i == 0 || header.charAt(i - 1) == ' ')) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static List<String> cells(String line, List<Integer> starts) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = Math.min(starts.get(i), line.length());
            int to = i + 1 < starts.size() ? Math.min(starts.get(i + 1), line.length()) : line.length();
            cells.add(line.substring(from, to).strip());
        }
        return cells;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

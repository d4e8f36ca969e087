package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The vars table as HTML: columns found from the header (a value may hold blanks), cells escaped. */
class VarsHtmlTest {
    @Test
    void columnsComeFromTheHeaderAndCellsAreEscaped() {
        // The REPL's table (scripts/dezero -e) after
        // x = Variable(np.array([1.0, -2.0])); y = square(x); f = y.creator; n = 3; s = "a  b"
        String text = String.join("\n",
                "name  shape  value                                 grad  creator  gen",
                "x     (2,)   [ 1. -2.]                             -     -        0",
                "y     (2,)   [1. 4.]                               -     Square   1",
                "f     -      <dezero.functions.Square object a...  -     -        -",
                "n     -      3                                     -     -        -",
                "s     -      'a  b'                                -     -        -");
        String html = VarsHtml.of(text);
        assertEquals("<table class=\"dezero-vars\">\n"
                + "<thead><tr><th>name</th><th>shape</th><th>value</th><th>grad</th><th>creator</th><th>gen</th></tr></thead>\n"
                + "<tbody>\n"
                + row("x", "(2,)", "[ 1. -2.]", "-", "-", "0")
                + row("y", "(2,)", "[1. 4.]", "-", "Square", "1")
                + row("f", "-", "&lt;dezero.functions.Square object a...", "-", "-", "-")
                + row("n", "-", "3", "-", "-", "-")
                + row("s", "-", "'a  b'", "-", "-", "-")
                + "</tbody>\n</table>", html);
    }

    @Test
    void noVariablesIsNoTable() {
        assertNull(VarsHtml.of("(no variables yet: try x = Variable(np.array(3.0)))"));
    }

    private static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<td><code>").append(c).append("</code></td>");
        }
        return sb.append("</tr>\n").toString();
    }
}

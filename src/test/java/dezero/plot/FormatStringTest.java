package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Format strings read as matplotlib 3.6.3's {@code _process_plot_format} reads them: the
 * expected line style, marker, colour and error texts are what
 * {@code src/test/resources/dezero/plot/matplotlib_oracle.py} printed.
 */
class FormatStringTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "o    | NONE    | o | ",
        "r-   | SOLID   |   | #ff0000",
        "b--  | DASHED  |   | #0000ff",
        ".    | NONE    | . | ",
        "x    | NONE    | x | ",
        "ro   | NONE    | o | #ff0000",
        "g^:  | DOTTED  | ^ | #008000",
        "C2-. | DASHDOT |   | #2ca02c",
        "k    | SOLID   |   | #000000",
        "red  | SOLID   |   | #ff0000",
        "1    | NONE    | 1 | ",
        "1.0  | SOLID   |   | #ffffff",
        "--r  | DASHED  |   | #ff0000",
        "\"\" | SOLID   |   | ",
        "\"r \" | NONE  |   | #ff0000",
    })
    void readsAsMatplotlib(String fmt, LineStyle line, String marker, String color) {
        FormatString f = FormatString.parse(fmt);
        assertEquals(line, f.line());
        if (marker == null) {
            assertNull(f.marker());
        } else {
            assertEquals(marker.charAt(0), f.marker().code());
        }
        if (color == null) {
            assertNull(f.color());
        } else {
            assertEquals(Color.decode(color), f.color());
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ra   | 'ra' is not a valid format string (unrecognized character 'a')",
        "r--: | 'r--:' is not a valid format string (two linestyle symbols)",
        "oo   | 'oo' is not a valid format string (two marker symbols)",
        "rg   | 'rg' is not a valid format string (two color symbols)",
        "C    | 'C' is not a valid format string (unrecognized character 'C')",
    })
    void rejectsAsMatplotlib(String fmt, String message) {
        PlotException e = assertThrows(PlotException.class, () -> FormatString.parse(fmt));
        assertEquals(message, e.getMessage());
        assertEquals(PlotException.Kind.ValueError, e.kind());
    }
}

package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Colour names as matplotlib 3.6.3's {@code to_hex} gives them (printed by matplotlib_oracle.py). */
class ColorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "b, #0000ff", "g, #008000", "r, #ff0000", "c, #00bfbf", "m, #bf00bf", "y, #bfbf00", "k, #000000",
        "w, #ffffff", "C3, #d62728", "tab:orange, #ff7f0e", "orange, #ffa500", "0.5, #808080", "#abc, #aabbcc",
        "navy, #000080",
    })
    void namesAsMatplotlib(String name, String hex) {
        assertEquals(hex, Colors.hex(Colors.parse(name)));
    }

    @Test
    void theDefaultCycleIsMatplotlibs() {
        List<String> expected = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                "#7f7f7f", "#bcbd22", "#17becf");
        assertEquals(expected, Arrays.stream(Colors.CYCLE).map(Colors::hex).toList());
        assertEquals(Colors.CYCLE[1], Colors.cycle(11));
    }

    @Test
    void viridisEndsAreMatplotlibs() {
        // viridis(0.0), viridis(0.5), viridis(1.0) in matplotlib 3.6.3: #440154, #21918c, #fde725.
        assertEquals("#440154", Colors.hex(Colors.viridis(0)));
        assertEquals("#21918c", Colors.hex(Colors.viridis(0.5)));
        assertEquals("#fde725", Colors.hex(Colors.viridis(1)));
    }

    @Test
    void anRgbTupleIsAColour() {
        assertEquals("#ff8000", Colors.hex(Colors.of(List.of(1.0, 0.5, 0))));
        assertEquals("#ff0000", Colors.hex(Colors.of("r")));
        assertEquals("RGBA values should be within 0-1 range",
                assertThrows(PlotException.class, () -> Colors.of(List.of(2, 0, 0))).getMessage());
    }

    @Test
    void anUnknownNameIsMatplotlibsValueError() {
        PlotException e = assertThrows(PlotException.class, () -> Colors.parse("foo"));
        assertEquals("Invalid RGBA argument: 'foo'", e.getMessage());
        assertEquals(new Color(0, 0, 0), Colors.parse("k"));
    }
}

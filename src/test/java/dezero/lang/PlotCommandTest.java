package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code plot NAME} draws a loss curve in the terminal. */
class PlotCommandTest {
    @Test
    void drawsAListAsALineChart() throws IOException {
        Session s = new Session();
        s.eval("losses = [1.2, 0.8, 0.5, 0.4, 0.33, 0.3, 0.28]");
        Result r = s.eval("plot losses");
        // A rendering, so a golden we made ourselves: checked by eye (a falling curve from 1.2 to
        // 0.28 over x = 0..6, titled "losses").
        assertEquals(Files.readString(Path.of("src/test/resources/dezero/lang/plot_losses.txt")).stripTrailing(),
                r.out().stripTrailing());
    }

    @Test
    void aNameThatIsNotAListIsATypeError() {
        Session s = new Session();
        s.eval("name = 'x'");
        Result r = s.eval("plot name");
        assertTrue(r.err().contains("TypeError: plot takes a list or an array of numbers, not str"),
                r.err());
    }

    @Test
    void anUnknownNameIsANameError() {
        Result r = new Session().eval("plot nothing");
        assertTrue(r.err().contains("NameError: name 'nothing' is not defined"), r.err());
    }
}

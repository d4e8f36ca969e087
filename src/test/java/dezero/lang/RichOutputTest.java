package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rich output (a figure, a picture) shown through a printer that only prints text: its text is printed. */
class RichOutputTest {
    @Test
    void aTextOnlyPrinterPrintsTheTextForm() {
        Session session = new Session();
        session.commands().register(new Command("figure", "figure", "shows a figure", List.of(), false,
                ctx -> ctx.session().display(new RichOutput("<Figure>", "image/png", new byte[] {1, 2}))));
        // python3: repr(1) is 1.
        assertEquals(new Result("x = 1\n<Figure>\n", "", Result.Status.OK), session.eval("x = 1\nfigure"));
    }

    @Test
    void theBytesAreCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        RichOutput r = new RichOutput("t", "image/png", bytes);
        bytes[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, r.bytes());
        assertEquals(new RichOutput("t", "image/png", new byte[] {1, 2, 3}), r);
    }
}

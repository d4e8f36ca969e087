package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** show() hands its figures to the thread's inline target while one is set, and to the shower again after. */
class InlineFiguresTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Pyplot plt = new Pyplot(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Console::pipe, false);

    @Test
    void showSendsEveryOpenFigureToTheTargetAndClosesThem() {
        List<String> shown = new ArrayList<>();
        plt.plot(new double[] {0, 1, 4});
        plt.figure();
        try (InlineFigures.Scope s = InlineFigures.sendTo(f -> shown.add(f.number() + " " + f))) {
            assertEquals(List.of(), plt.show(), "no PNG file is written");
        }
        assertEquals(List.of("1 <Figure size 640x480 with 1 Axes>", "2 <Figure size 640x480 with 0 Axes>"), shown);
        assertEquals(List.of(), plt.fignums());
        assertEquals("", out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void afterTheScopeShowWritesThePngAgain() {
        try (InlineFigures.Scope s = InlineFigures.sendTo(f -> { })) {
            // Set and closed before anything is shown.
        }
        plt.plot(new double[] {0, 1});
        assertEquals(1, plt.show().size());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Figure 1: "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTargetThatFailsIsReportedAndTheOtherFiguresStillShown() {
        List<Integer> shown = new ArrayList<>();
        plt.figure();
        plt.figure();
        try (InlineFigures.Scope s = InlineFigures.sendTo(f -> {
            if (f.number() == 1) {
                throw new IllegalStateException("no picture");
            }
            shown.add(f.number());
        })) {
            plt.show();
        }
        assertEquals(List.of(2), shown);
        assertEquals("could not draw figure 1: java.lang.IllegalStateException: no picture\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInnerScopeRestoresTheOuterTarget() {
        List<String> seen = new ArrayList<>();
        try (InlineFigures.Scope outer = InlineFigures.sendTo(f -> seen.add("outer"))) {
            try (InlineFigures.Scope inner = InlineFigures.sendTo(f -> seen.add("inner"))) {
                plt.figure();
                plt.show();
            }
            plt.figure();
            plt.show();
        }
        assertEquals(List.of("inner", "outer"), seen);
    }
}

package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The figure drawn in the background after pyplot is made, and the folder show() writes PNGs into. */
class DrawingWarmupTest {
    @Test
    void aFigureDrawnAfterTheWarmupBeganWaitsForItsEnd() throws InterruptedException {
        DrawingWarmup w = new DrawingWarmup(0);
        w.begin();
        Thread t = w.thread();
        for (int i = 0; i < 10_000 && !w.drawing(); i++) {
            Thread.sleep(1);
        }
        assertTrue(w.drawing());
        w.waitFor();
        assertFalse(t.isAlive(), "waitFor returned while the warm-up drew");
        assertFalse(w.calledOff());
    }

    @Test
    void aFigureDrawnBeforeTheDelayCallsTheWarmupOff() throws InterruptedException {
        DrawingWarmup w = new DrawingWarmup(60_000);
        w.begin();
        w.waitFor();
        assertTrue(w.calledOff());
        assertTrue(w.thread().isAlive(), "the call-off does not wait for the sleeping warm-up");
        w.thread().interrupt();
        w.thread().join(10_000);
        assertFalse(w.thread().isAlive());
    }

    @Test
    void aWarmupStartsOnce() {
        DrawingWarmup w = new DrawingWarmup(60_000);
        w.begin();
        Thread first = w.thread();
        w.begin();
        assertSame(first, w.thread());
        first.interrupt();
    }

    @Test
    void pyplotStartsTheJvmsWarmupAndItsFiguresStillDraw() {
        new Pyplot();
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2, 3});
        assertEquals(64, f.toImage(10).getWidth());
    }

    @Test
    void awaitingOnAnInterruptedThreadKeepsTheInterrupt() throws InterruptedException {
        DrawingWarmup w = new DrawingWarmup(0);
        w.begin();
        for (int i = 0; i < 10_000 && !w.drawing(); i++) {
            Thread.sleep(1);
        }
        Thread.currentThread().interrupt();
        try {
            w.waitFor();
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void figuresGoToANewFolderOfTheirOwnerAlone() throws IOException {
        Path a = FigureShower.newFolder();
        Path b = FigureShower.newFolder();
        try {
            assertNotEquals(a, b);
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")), a.getParent());
            assertTrue(a.getFileName().toString().startsWith("dezero-figures-" + ProcessHandle.current().pid() + "-"), a.toString());
            assertTrue(Files.isDirectory(a) && Files.isDirectory(b));
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(a));
            assertFalse(Files.list(a).findAny().isPresent());
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        }
    }
}

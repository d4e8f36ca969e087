package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figure drawn in the background when pyplot is made, and the folder show() writes PNGs into. */
class DrawingWarmupTest {
    private static Set<Thread> warmups() {
        Set<Thread> found = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("figure-warmup") && t.isAlive()) {
                found.add(t);
            }
        }
        return found;
    }

    @Test
    void drawingWaitsUntilTheWarmupHasFinished() {
        new Pyplot();
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2, 3});
        f.toImage(10);
        assertTrue(warmups().isEmpty(), "the warm-up still draws beside a figure: " + warmups());
    }

    @Test
    void theWarmupRunsOncePerJvm() {
        new Pyplot();
        DrawingWarmup.await();
        new Pyplot();
        new Pyplot();
        assertTrue(warmups().isEmpty(), "a second warm-up started: " + warmups());
    }

    @Test
    void awaitingOnAnInterruptedThreadKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            DrawingWarmup.await();
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

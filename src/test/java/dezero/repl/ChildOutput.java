package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * What a child process (a REPL driven by a test) prints, collected by a daemon thread, with a
 * bounded wait for a text: a wrong expectation fails after {@link #WAIT_SECONDS} instead of
 * blocking the build on a read that never returns.
 */
final class ChildOutput {
    static final int WAIT_SECONDS = 30;

    private final Process process;
    private final StringBuffer seen = new StringBuffer();

    /** Starts collecting {@code p}'s standard output (with its errors, if redirected there). */
    ChildOutput(Process p) {
        this.process = p;
        Thread pump = new Thread(() -> {
            try (InputStream out = p.getInputStream()) {
                int b;
                while ((b = out.read()) >= 0) {
                    seen.append((char) b);
                }
            } catch (java.io.IOException e) {
                // The child is gone: what it printed is all there is.
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Waits until the child has printed {@code text} at or after {@code from} and returns the
     * index after it.
     */
    int waitFor(String text, int from) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (seen.indexOf(text, from) < 0) {
            assertTrue(process.isAlive() || seen.indexOf(text, from) >= 0,
                    "the REPL ended before printing '" + text + "': " + seen);
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' within " + WAIT_SECONDS + " s: " + seen);
            Thread.sleep(20);
        }
        return seen.indexOf(text, from) + text.length();
    }

    /** Everything printed so far. */
    @Override
    public String toString() {
        return seen.toString();
    }
}

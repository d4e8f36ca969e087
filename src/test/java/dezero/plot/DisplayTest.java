package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The display probe that keeps AWT from breaking on a stale {@code DISPLAY}: only an X server
 * that accepts a connection counts (a listening TCP port stands in for one here).
 */
class DisplayTest {

    @Test
    void noDisplayOrAMalformedOneIsNone() {
        assertFalse(Display.reachable(null));
        assertFalse(Display.reachable(""));
        assertFalse(Display.reachable("wayland-0"));
        assertFalse(Display.reachable(":x"));
    }

    @Test
    void aLocalDisplayWithoutItsSocketIsNone() {
        assertFalse(Display.reachable(":54321"));
        assertFalse(Display.reachable("unix:54321.0"));
    }

    @Test
    void aTcpDisplayCountsOnlyWhenItsPortAnswers() throws IOException {
        int number;
        try (ServerSocket server = new ServerSocket(0)) {
            number = server.getLocalPort() - 6000;
            if (number >= 0) {
                assertTrue(Display.reachable("localhost:" + number + ".0"));
            }
        }
        if (number >= 0) {
            assertFalse(Display.reachable("localhost:" + number + ".0"), "closed again");
        }
    }

    @Test
    void theTestsAreHeadlessSoWindowsNeverOpenHere() {
        assertFalse(Display.available());
    }
}

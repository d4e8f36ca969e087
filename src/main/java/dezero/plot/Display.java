package dezero.plot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, before the first figure touches AWT, whether this JVM has a display: on Linux a
 * {@code DISPLAY} whose X server answers. When it has none (no {@code DISPLAY}, a stale one left
 * by ssh, Wayland without X), AWT is put in headless mode, because AWT's own attempt to connect
 * fails once and then breaks every image it would draw, windows or not.
 */
final class Display {
    private static final Pattern X_DISPLAY = Pattern.compile("^([^:]*):(\\d+)(\\.\\d+)?$");
    private static final int CONNECT_TIMEOUT_MS = 500;
    private static boolean decided;

    private Display() {}

    /** Sets {@code java.awt.headless} when there is no usable display, unless it was set already. */
    static synchronized void decide() {
        if (decided) {
            return;
        }
        decided = true;
        if (System.getProperty("java.awt.headless") != null) {
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("windows")) {
            return;
        }
        if (!reachable(System.getenv("DISPLAY"))) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** True when windows can open: decided as above, and AWT not headless. */
    static boolean available() {
        decide();
        try {
            return !java.awt.GraphicsEnvironment.isHeadless();
        } catch (LinkageError | java.awt.AWTError e) {
            return false;
        }
    }

    /** True when the X server named by {@code display} ({@code :0}, {@code localhost:10.0}) accepts a connection. */
    static boolean reachable(String display) {
        if (display == null) {
            return false;
        }
        Matcher m = X_DISPLAY.matcher(display.strip());
        if (!m.matches()) {
            return false;
        }
        String host = m.group(1);
        int number;
        try {
            number = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return false;
        }
        if (host.isEmpty() || host.equals("unix")) {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            if (!Files.exists(socket)) {
                return false;
            }
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return ch.isConnected();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        if (number > 59535) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, 6000 + number), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

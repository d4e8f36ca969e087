package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.jupyter.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dezero kernel install} and {@code dezero kernel -f FILE}'s refusals, through the command line. */
class KernelCommandTest {
    @TempDir
    Path dir;

    private static MainTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false);
        return new MainTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void installWritesTheKernelspecUnderThePrefixAsJupyterDoes() throws IOException {
        MainTest.Run r = run("kernel", "install", "--prefix", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path spec = dir.resolve("share/jupyter/kernels/dezero");
        assertTrue(r.out().contains(spec.toAbsolutePath().toString()), r.out());
        Map<String, Object> json = Json.parseObject(Files.readString(spec.resolve("kernel.json")));
        assertEquals("DeZero (Java)", json.get("display_name"));
        assertEquals("python", json.get("language"));
        assertEquals("message", json.get("interrupt_mode"));
        List<?> argv = (List<?>) json.get("argv");
        // Run from the build, the kernel starts through this checkout's launcher.
        assertEquals(Path.of("scripts/dezero").toAbsolutePath().toString(), argv.get(0));
        assertEquals(List.of("kernel", "-f", "{connection_file}"), argv.subList(1, argv.size()));
        for (int size : new int[] {32, 64}) {
            BufferedImage logo = ImageIO.read(spec.resolve("logo-" + size + "x" + size + ".png").toFile());
            assertEquals(size, logo.getWidth());
            assertEquals(size, logo.getHeight());
        }
    }

    @Test
    void userAndPrefixCannotBothBeGiven() {
        MainTest.Run r = run("kernel", "install", "--user", "--prefix", dir.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void theKernelNeedsAConnectionFile() {
        MainTest.Run r = run("kernel");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("Missing required option: '-f=FILE'"), r.err());
        MainTest.Run missing = run("kernel", "-f", dir.resolve("none.json").toString());
        assertEquals(Main.EXIT_FILE, missing.code());
        assertTrue(missing.err().contains("no such connection file"), missing.err());
    }

    @Test
    void aPortInUseIsSaidAndExits70() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int p = taken.getLocalPort();
            Path file = dir.resolve("kernel.json");
            Files.writeString(file, "{\"ip\": \"127.0.0.1\", \"key\": \"k\", \"shell_port\": " + p
                    + ", \"iopub_port\": " + p + ", \"stdin_port\": " + p + ", \"control_port\": " + p
                    + ", \"hb_port\": " + p + "}", StandardCharsets.UTF_8);
            MainTest.Run r = run("kernel", "-f", file.toString());
            assertEquals(Main.EXIT_RUNTIME, r.code());
            assertTrue(r.err().contains("dezero kernel: cannot listen on tcp://127.0.0.1:" + p), r.err());
        }
    }

    @Test
    void aConnectionFileWithoutPortsIsRefusedByName() throws IOException {
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, "{\"ip\": \"127.0.0.1\", \"key\": \"k\"}", StandardCharsets.UTF_8);
        MainTest.Run r = run("kernel", "-f", file.toString());
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("'shell_port' must be a port number"), r.err());
    }
}

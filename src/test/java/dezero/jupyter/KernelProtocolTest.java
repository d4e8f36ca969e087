package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Command;
import dezero.lang.RichOutput;
import dezero.viz.DotRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The kernel driven over JeroMQ as a notebook drives it: signed requests on shell and control,
 * the replies, and what iopub publishes for each. The expected texts are the REPL's (the same
 * lines run by {@code scripts/dezero -e}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KernelProtocolTest {
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private Kernel kernel;
    private JupyterClient client;

    @BeforeEach
    void start() throws IOException {
        ConnectionFile c = JupyterClient.freshConnection();
        kernel = new Kernel(c, new PrintStream(logBytes, true, StandardCharsets.UTF_8)).start();
        client = new JupyterClient(c);
        client.waitForIopub();
    }

    @AfterEach
    void stop() {
        client.close();
        kernel.close();
    }

    private String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void kernelInfoNamesTheProtocolAndPythonForHighlighting() {
        Message reply = client.reply(client.shell, client.send(client.shell,
                client.request("kernel_info_request", Map.of())));
        assertEquals("kernel_info_reply", reply.type());
        assertEquals("5.3", reply.content().get("protocol_version"));
        assertEquals("python", ((Map<?, ?>) reply.content().get("language_info")).get("name"));
    }

    @Test
    void executePublishesBusyInputOutputIdleAndReplies() {
        Message request = client.execute("x = Variable(np.array(3.0))\ny = add(square(x), x)\nbackward y");
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "stream", "status:idle"),
                JupyterClient.types(iopub));
        assertEquals(request.content().get("code"), iopub.get(1).content().get("code"));
        // scripts/dezero -e 'x = Variable(np.array(3.0))' -e 'y = add(square(x), x)' -e 'backward y'
        assertEquals("x = variable(3.0)\ny = variable(12.0)\nx.grad = variable(7.0)\n", JupyterClient.stdout(iopub));
        Message reply = client.reply(client.shell, request);
        assertEquals("ok", reply.content().get("status"));
        assertEquals(1L, reply.content().get("execution_count"));
        assertEquals(1L, iopub.get(1).content().get("execution_count"));

        Message second = client.execute("print(x.grad)");
        assertEquals("variable(7.0)\n", JupyterClient.stdout(client.iopubUntilIdle(second)));
        assertEquals(2L, client.reply(client.shell, second).content().get("execution_count"));
    }

    @Test
    void aValueTypedAloneIsTheCellsExecuteResult() {
        Message request = client.execute("x = Variable(np.array(3.0))\nx * 2");
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "stream", "execute_result", "status:idle"),
                JupyterClient.types(iopub));
        Map<String, Object> result = iopub.get(3).content();
        // scripts/dezero -e 'x = Variable(np.array(3.0))' -e 'x * 2' prints variable(6.0) for the second line
        assertEquals("variable(6.0)", ((Map<?, ?>) result.get("data")).get("text/plain"));
        assertEquals(client.reply(client.shell, request).content().get("execution_count"), result.get("execution_count"));
    }

    @Test
    void aSilentExecuteRunsButPublishesNothingAndCountsNothing() {
        Message silent = client.send(client.shell, client.request("execute_request",
                Map.of("code", "x = 5\nprint(x)", "silent", true)));
        assertEquals(List.of("status:busy", "status:idle"), JupyterClient.types(client.iopubUntilIdle(silent)));
        assertEquals(0L, client.reply(client.shell, silent).content().get("execution_count"));
        Message after = client.execute("print(x)");
        assertEquals("variable(5.0)\n", JupyterClient.stdout(client.iopubUntilIdle(after)));
        assertEquals(1L, client.reply(client.shell, after).content().get("execution_count"));
    }

    @Test
    void manyLinesPrintedTogetherGoOutInFewMessagesAndInOrder() {
        Message request = client.execute("x = 1;" + " print(x);".repeat(2000));
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals("variable(1.0)\n".repeat(2000), JupyterClient.stdout(iopub));
        long streams = iopub.stream().filter(m -> m.type().equals("stream")).count();
        assertTrue(streams < 2000, streams + " stream messages for 2000 lines: none were joined");
    }

    @Test
    void anErrorIsPublishedWithTheReplsLinesAsTraceback() {
        Message request = client.execute("y = 1\nz + 1\nprint('not reached')");
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "stream", "error", "status:idle"),
                JupyterClient.types(iopub));
        Map<String, Object> error = iopub.get(3).content();
        assertEquals("NameError", error.get("ename"));
        assertEquals("name 'z' is not defined", error.get("evalue"));
        // The REPL prints:  "    z + 1" / "    ^" / "NameError: name 'z' is not defined"
        assertEquals(List.of("    z + 1", "    ^", "NameError: name 'z' is not defined"), error.get("traceback"));
        Message reply = client.reply(client.shell, request);
        assertEquals("error", reply.content().get("status"));
        assertEquals("NameError", reply.content().get("ename"));
    }

    @Test
    void completeOffersTheReplsCandidatesCountingCodePoints() {
        client.iopubUntilIdle(client.execute("squirrel = 1"));
        Message request = client.send(client.shell, client.request("complete_request",
                Map.of("code", "s = '\uD83D\uDE00'; squ", "cursor_pos", 12L)));
        Map<String, Object> reply = client.reply(client.shell, request).content();
        assertEquals("ok", reply.get("status"));
        assertEquals(List.of("square", "squirrel"), ((List<?>) reply.get("matches")).stream().sorted().toList());
        assertEquals(9L, reply.get("cursor_start"));
        assertEquals(12L, reply.get("cursor_end"));

        Message command = client.send(client.shell, client.request("complete_request",
                Map.of("code", "nograd o", "cursor_pos", 8L)));
        assertEquals(List.of("on", "off"), client.reply(client.shell, command).content().get("matches"));

        Message secondLine = client.send(client.shell, client.request("complete_request",
                Map.of("code", "x = 1\nnograd o\nprint(x)", "cursor_pos", 14L)));
        Map<String, Object> onSecondLine = client.reply(client.shell, secondLine).content();
        assertEquals(List.of("on", "off"), onSecondLine.get("matches"));
        assertEquals(13L, onSecondLine.get("cursor_start"));
    }

    @Test
    void inspectShowsHelpAndAValuesRepr() {
        Message request = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "y = square(x)", "cursor_pos", 7L, "detail_level", 0L)));
        Map<String, Object> reply = client.reply(client.shell, request).content();
        assertEquals(true, reply.get("found"));
        String text = (String) ((Map<?, ?>) reply.get("data")).get("text/plain");
        assertTrue(text.startsWith("square(x)"), text);

        client.iopubUntilIdle(client.execute("x = Variable(np.array(2.0))"));
        Message value = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "x", "cursor_pos", 1L, "detail_level", 0L)));
        assertEquals("x: Variable\nvariable(2.0)",
                ((Map<?, ?>) client.reply(client.shell, value).content().get("data")).get("text/plain"));

        Message unknown = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "nothing_here", "cursor_pos", 3L, "detail_level", 0L)));
        assertEquals(false, client.reply(client.shell, unknown).content().get("found"));
    }

    @Test
    void isCompleteFollowsTheReplsOpenBrackets() {
        assertEquals(Map.of("status", "incomplete", "indent", "    "), isComplete("y = add(x,\n    square(x"));
        assertEquals(Map.of("status", "complete"), isComplete("y = add(x, x)"));
    }

    private Map<String, Object> isComplete(String code) {
        Message request = client.send(client.shell, client.request("is_complete_request", Map.of("code", code)));
        return client.reply(client.shell, request).content();
    }

    @Test
    void historyIsEmptyAndThereAreNoComms() {
        Message history = client.send(client.shell, client.request("history_request",
                Map.of("output", false, "raw", true, "hist_access_type", "tail", "n", 10L)));
        assertEquals(List.of(), client.reply(client.shell, history).content().get("history"));
        Message comms = client.send(client.shell, client.request("comm_info_request", Map.of()));
        assertEquals(Map.of(), client.reply(client.shell, comms).content().get("comms"));
    }

    @Test
    void interruptStopsALongCellWithKeyboardInterruptAndTheKernelLives() {
        client.iopubUntilIdle(client.execute("nograd on; x = randn(2000000);"));
        Message longCell = client.execute("y = x;" + " y = sin(y);".repeat(20000));
        Message input;
        do {
            input = client.receive(client.iopub, JupyterClient.TIMEOUT_MILLIS);
        } while (!input.type().equals("execute_input"));
        sleep(300);
        Message interrupt = client.send(client.control, client.request("interrupt_request", Map.of()));
        assertEquals("interrupt_reply", client.reply(client.control, interrupt).type());
        Message reply = client.reply(client.shell, longCell);
        assertEquals("error", reply.content().get("status"));
        assertEquals("KeyboardInterrupt", reply.content().get("ename"));

        Message after = client.execute("1 + 1");
        assertEquals("2\n", JupyterClient.results(client.iopubUntilIdle(after)));
        assertEquals("ok", client.reply(client.shell, after).content().get("status"));
    }

    @Test
    void aMessageWithAForgedSignatureIsDroppedUnreadAndLogged() {
        Signer forger = new Signer("hmac-sha256", "not the key");
        Message forged = client.request("execute_request", Map.of("code", "forged = 1", "silent", false));
        Wire.send(client.shell, forged.encode(forger, null));
        assertNull(client.receive(client.shell, 500), "a forged request got a reply");
        assertEquals(1, kernel.droppedMessages());
        assertTrue(log().contains("dropped a message on shell (bad signature; 1 dropped so far)"), log());

        Message check = client.execute("forged");
        client.iopubUntilIdle(check);
        assertEquals("NameError", client.reply(client.shell, check).content().get("ename"));
    }

    @Test
    void codeSentOnControlIsNotRunBesideTheShellsCell() {
        client.send(client.control, client.request("execute_request", Map.of("code", "sneaked = 1", "silent", false)));
        assertNull(client.receive(client.control, 500), "an execute on control got a reply");
        assertTrue(log().contains("ignored execute_request on control"), log());
        Message check = client.execute("sneaked");
        client.iopubUntilIdle(check);
        assertEquals("NameError", client.reply(client.shell, check).content().get("ename"));
    }

    @Test
    void heartbeatEchoes() {
        byte[] ping = JupyterClient.utf8("ping");
        client.heartbeat.send(ping);
        assertArrayEquals(ping, client.heartbeat.recv());
    }

    @Test
    void shutdownRepliesAndEndsTheKernel() throws InterruptedException {
        Message request = client.send(client.control, client.request("shutdown_request", Map.of("restart", false)));
        Message reply = client.reply(client.control, request);
        assertEquals("shutdown_reply", reply.type());
        assertEquals(false, reply.content().get("restart"));
        Thread waiter = new Thread(() -> {
            try {
                kernel.awaitShutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(10_000);
        assertFalse(waiter.isAlive(), "awaitShutdown did not return after shutdown_request");
    }

    @Test
    void theKernelListensOnlyOnTheConnectionFilesAddress() {
        // 127.0.0.2 is this machine too (all of 127/8 is loopback on Linux), but not the address bound.
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "127.0.0.2 is loopback on Linux");
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.2", client.connection.shellPort()), 2000);
            }
        });
    }

    @Test
    void graphShowsThePictureWithTheTextTreeAsPlainText() {
        Assumptions.assumeTrue(DotRenderer.fromEnvironment().findDot().isPresent(), "Graphviz dot is not on PATH");
        client.iopubUntilIdle(client.execute("x = Variable(np.array(2.0)); y = square(x);"));
        List<Message> iopub = client.iopubUntilIdle(client.execute("graph y"));
        Message display = iopub.stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
        Map<?, ?> data = (Map<?, ?>) display.content().get("data");
        // scripts/dezero -e 'x = Variable(np.array(2.0)); y = square(x);' -e 'graph y' (on a UTF-8 stream)
        assertEquals("y = 4.0\n\u2514\u2500 <Square gen=0>\n   \u2514\u2500 x = 2.0", data.get("text/plain"));
        byte[] png = Base64.getDecoder().decode((String) data.get("image/png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test
    void varsIsAnHtmlTableBesideItsText() {
        client.iopubUntilIdle(client.execute("x = Variable(np.array([1.0, -2.0])); y = square(x);"));
        List<Message> iopub = client.iopubUntilIdle(client.execute("vars"));
        Message display = iopub.stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
        Map<?, ?> data = (Map<?, ?>) display.content().get("data");
        String text = (String) data.get("text/plain");
        assertTrue(text.startsWith("name  shape  value"), text);
        String html = (String) data.get("text/html");
        assertTrue(html.contains("<tr><td><code>x</code></td><td><code>(2,)</code></td><td><code>[ 1. -2.]</code></td>"),
                html);
        assertTrue(html.contains("<td><code>Square</code></td>"), html);
    }

    @Test
    void aRichOutputOfTheSessionIsDisplayData() {
        // What plt.show() will do: hand the session a picture with its text form.
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        kernel.session().commands().register(new Command("figure", "figure", "shows a figure", List.of(), false,
                ctx -> ctx.session().display(new RichOutput("<Figure size 640x480 with 1 Axes>", "image/png", picture))));
        List<Message> iopub = client.iopubUntilIdle(client.execute("figure"));
        assertEquals(List.of("status:busy", "execute_input", "display_data", "status:idle"), JupyterClient.types(iopub));
        Map<?, ?> data = (Map<?, ?>) iopub.get(2).content().get("data");
        assertEquals("<Figure size 640x480 with 1 Axes>", data.get("text/plain"));
        assertArrayEquals(picture, Base64.getDecoder().decode((String) data.get("image/png")));
    }

    @Test
    void quitLeavesTheKernelRunning() {
        Message quit = client.execute("quit");
        assertTrue(JupyterClient.stdout(client.iopubUntilIdle(quit)).contains("Kernel > Shut Down"));
        Message after = client.execute("1 + 1");
        assertEquals("2\n", JupyterClient.results(client.iopubUntilIdle(after)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

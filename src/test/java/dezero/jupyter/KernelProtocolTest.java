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
import java.nio.ByteBuffer;
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
import sun.misc.Signal;

/**
 * The kernel driven over JeroMQ as a notebook drives it: signed requests on shell and control,
 * the replies, and what iopub publishes for each. A cell is Python with the REPL's echo: what a
 * cell prints comes from python3 (numpy 2.4) with DeZero (../shared/peers/dezero, its stubs
 * beside it) running the same code, the echo of a top-level assignment {@code name = v} written
 * out there as {@code print('name = ' + repr(v))}, and that of a value alone as {@code print(repr(v))}.
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
        // python3: x = Variable(np.array(3.0)); y = F.add(F.square(x), x); y.backward(); the echoes are
        // repr(x), repr(y), repr(x.grad)
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
    void whatACellWritesToStderrIsTheStderrStream() {
        Message request = client.execute("import sys\nprint('out')\nprint('err', file=sys.stderr)");
        List<Message> iopub = client.iopubUntilIdle(request);
        // python3 prints 'out' on its standard output and 'err' on its standard error; ipykernel
        // sends them as the streams of those names.
        List<String> streams = new java.util.ArrayList<>();
        for (Message m : iopub) {
            if (m.type().equals("stream")) {
                streams.add(m.content().get("name") + ":" + m.content().get("text"));
            }
        }
        assertEquals(List.of("stdout:out\n", "stderr:err\n"), streams);
    }

    @Test
    void aValueTypedAloneIsTheCellsExecuteResult() {
        Message request = client.execute("x = Variable(np.array(3.0))\nx * 2");
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "stream", "execute_result", "status:idle"),
                JupyterClient.types(iopub));
        Map<String, Object> result = iopub.get(3).content();
        // python3: print(repr(Variable(np.array(3.0)) * 2)) prints variable(6.0)
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
        // python3: x = 5; print(x)
        assertEquals("5\n", JupyterClient.stdout(client.iopubUntilIdle(after)));
        assertEquals(1L, client.reply(client.shell, after).content().get("execution_count"));
    }

    @Test
    void manyLinesPrintedTogetherGoOutInFewMessagesAndInOrder() {
        Message request = client.execute("x = 1;" + " print(x);".repeat(2000));
        List<Message> iopub = client.iopubUntilIdle(request);
        // python3: x = 1; print(x); ... prints 1 on each line (the ';' at the end keeps the echo quiet)
        assertEquals("1\n".repeat(2000), JupyterClient.stdout(iopub));
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
        // python3 prog.py with prog.py the cell ends its traceback with these three lines; as at the
        // prompt, an error in the cell's own top-level code leaves out the header and the File line.
        assertEquals("y = 1\n", JupyterClient.stdout(iopub));
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
    void inspectShowsPythonsHelpAndAValuesRepr() {
        Message request = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "y = F.sigmoid(x)", "cursor_pos", 9L, "detail_level", 0L)));
        Map<String, Object> reply = client.reply(client.shell, request).content();
        assertEquals(true, reply.get("found"));
        String text = (String) ((Map<?, ?>) reply.get("data")).get("text/plain");
        // python3: help(dezero.functions.sigmoid) is "Help on function sigmoid ..." then the line sigmoid(x)
        assertTrue(text.startsWith("Help on "), text);
        assertTrue(text.lines().anyMatch(l -> l.equals("sigmoid(x)")), text);

        Message dotted = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "a = np.zeros(3)", "cursor_pos", 11L, "detail_level", 0L)));
        String zeros = (String) ((Map<?, ?>) client.reply(client.shell, dotted).content().get("data")).get("text/plain");
        // python3: help(np.zeros) is "Help on built-in function zeros in module numpy:"
        assertTrue(zeros.startsWith("Help on built-in function zeros"), zeros);

        client.iopubUntilIdle(client.execute("x = Variable(np.array(2.0))"));
        Message value = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "x", "cursor_pos", 1L, "detail_level", 0L)));
        String described = (String) ((Map<?, ?>) client.reply(client.shell, value).content().get("data")).get("text/plain");
        // python3: type(x).__name__ and repr(x) for x = Variable(np.array(2.0))
        assertTrue(described.startsWith("x: Variable\nvariable(2.0)"), described);

        Message unknown = client.send(client.shell, client.request("inspect_request",
                Map.of("code", "nothing_here", "cursor_pos", 3L, "detail_level", 0L)));
        assertEquals(false, client.reply(client.shell, unknown).content().get("found"));
    }

    @Test
    void completeOffersAttributesAfterModulesAndSelfInAClassOfTheCell() {
        // python3: [n for n in dir(np) if n.startswith('zer')] is ['zeros', 'zeros_like']
        assertEquals(List.of("zeros", "zeros_like"), matches("a = np.zer"));
        // python3: [n for n in dir(dezero.functions) if n.startswith('sig')]
        assertEquals(List.of("sigmoid", "sigmoid_cross_entropy", "sigmoid_simple"), matches("y = F.sig"));
        // In a method, self has what the class assigns and defines, and what Model has
        // (python3: 'cleargrads' in dir(dezero.Model)).
        String code = "class Net(Model):\n    def __init__(self):\n        super().__init__()\n"
                + "        self.l1 = L.Linear(3)\n        self.count = 0\n\n    def forward(self, x):\n"
                + "        return self.";
        List<String> all = matches(code);
        assertTrue(all.containsAll(List.of("l1", "count", "forward", "cleargrads")), all.toString());
        // python3: [n for n in dir(dezero.Model) if n.startswith('l')] is ['load_weights']
        assertEquals(List.of("l1", "load_weights"), matches(code + "l"));
    }

    private List<String> matches(String code) {
        Message request = client.send(client.shell, client.request("complete_request",
                Map.of("code", code, "cursor_pos", (long) code.codePointCount(0, code.length()))));
        Map<String, Object> reply = client.reply(client.shell, request).content();
        return ((List<?>) reply.get("matches")).stream().map(String::valueOf).toList();
    }

    @Test
    void isCompleteFollowsPythonsInteractiveRules() {
        assertEquals(Map.of("status", "incomplete", "indent", "    "), isComplete("y = add(x,\n    square(x"));
        assertEquals(Map.of("status", "complete"), isComplete("y = add(x, x)"));
        // python3 -i asks for more after a line opening a block, and inside it until a blank line
        assertEquals(Map.of("status", "incomplete", "indent", "    "), isComplete("for i in range(3):"));
        assertEquals(Map.of("status", "incomplete", "indent", "    "), isComplete("for i in range(3):\n    print(i)"));
        assertEquals(Map.of("status", "complete"), isComplete("for i in range(3):\n    print(i)\n"));
        assertEquals(Map.of("status", "incomplete", "indent", "        "),
                isComplete("def f(x):\n    if x:"));
        // python3 -i: '1 +' is a SyntaxError at once (no more lines can fix it); a command line is not Python
        assertEquals(Map.of("status", "invalid"), isComplete("1 +"));
        assertEquals(Map.of("status", "complete"), isComplete("x = 1\nnograd on"));
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
    void sigintStopsTheRunningCellAndIsIgnoredBetweenCells() {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "POSIX signals");
        // A test runner started in the background inherits SIGINT ignored: the JVM then takes no handler.
        Assumptions.assumeFalse(log().contains("SIGINT is not handled here"), log());
        Message endless = running("while True:\n    pass");
        Signal.raise(new Signal("INT"));
        assertEquals("KeyboardInterrupt", client.reply(client.shell, endless).content().get("ename"));
        assertTrue(log().contains("SIGINT: the running cell stops with KeyboardInterrupt"), log());

        Signal.raise(new Signal("INT"));
        sleep(300);
        Message after = client.execute("2 * 21");
        // python3 -c "print(repr(2 * 21))"
        assertEquals("42\n", JupyterClient.results(client.iopubUntilIdle(after)));
    }

    @Test
    void interruptStopsALoopOfEngineCallsInsideNoGradAndRecordingComesBack() {
        client.iopubUntilIdle(client.execute("x = Variable(np.random.randn(200000));"));
        Message longCell = running("with no_grad():\n    for i in range(1000000):\n        x = F.sin(x)");
        interruptRequest();
        Message reply = client.reply(client.shell, longCell);
        assertEquals("error", reply.content().get("status"));
        assertEquals("KeyboardInterrupt", reply.content().get("ename"));

        // python3 with DeZero: no_grad() is left on KeyboardInterrupt, so (x * 2).creator is recorded again
        Message after = client.execute("(x * 2).creator is not None");
        assertEquals("True\n", JupyterClient.results(client.iopubUntilIdle(after)));
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
    void aCellWithADefAndAForLoopRunsAsAProgram() {
        String cell = String.join("\n",
                "x = Variable(np.array(2.0))",
                "def f(x):",
                "    y = x ** 4 - 2 * x ** 2",
                "    return y",
                "for i in range(4):",
                "    y = f(x)",
                "    x.cleargrad()",
                "    y.backward(create_graph=True)",
                "    gx = x.grad",
                "    x.cleargrad()",
                "    gx.backward()",
                "    gx2 = x.grad",
                "    x.data -= gx.data / gx2.data",
                "    print(i, x)",
                "x");
        Message request = client.execute(cell);
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "stream", "execute_result", "status:idle"),
                JupyterClient.types(iopub));
        // python3 with DeZero: the cell (the book's step 33, Newton's method) with print('x = ' + repr(x))
        // after its first line and print(repr(x)) for its last
        assertEquals(String.join("\n",
                "x = variable(2.0)",
                "0 variable(1.4545454545454546)",
                "1 variable(1.1510467893775467)",
                "2 variable(1.0253259289766978)",
                "3 variable(1.0009084519430513)", ""), JupyterClient.stdout(iopub));
        assertEquals("variable(1.0009084519430513)\n", JupyterClient.results(iopub));
        assertEquals("ok", client.reply(client.shell, request).content().get("status"));
    }

    @Test
    void anErrorInsideAFunctionIsTheErrorReplyWithPythonsTraceback() {
        String cell = "def ratio(a, b):\n    return a / b\n\ndef twice(v):\n    return ratio(v, 0) * 2\n\nprint(twice(3))";
        Message request = client.execute(cell);
        List<Message> iopub = client.iopubUntilIdle(request);
        assertEquals(List.of("status:busy", "execute_input", "error", "status:idle"), JupyterClient.types(iopub));
        // python3 prog.py, prog.py being the cell, with the file's path shown as the cell's name
        List<String> traceback = List.of(
                "Traceback (most recent call last):",
                "  File \"<cell 1>\", line 7, in <module>",
                "    print(twice(3))",
                "          ^^^^^^^^",
                "  File \"<cell 1>\", line 5, in twice",
                "    return ratio(v, 0) * 2",
                "           ^^^^^^^^^^^",
                "  File \"<cell 1>\", line 2, in ratio",
                "    return a / b",
                "           ~~^~~",
                "ZeroDivisionError: division by zero");
        Map<String, Object> error = iopub.get(2).content();
        assertEquals("ZeroDivisionError", error.get("ename"));
        assertEquals("division by zero", error.get("evalue"));
        assertEquals(traceback, error.get("traceback"));
        Map<String, Object> reply = client.reply(client.shell, request).content();
        assertEquals("error", reply.get("status"));
        assertEquals("ZeroDivisionError", reply.get("ename"));
        assertEquals("division by zero", reply.get("evalue"));
        assertEquals(traceback, reply.get("traceback"));
    }

    @Test
    void theErrorsNameIsItsPythonClassWhateverItIs() {
        Message request = client.execute("class Dissatisfied(Exception):\n    pass\n\nraise Dissatisfied('with the loss')");
        client.iopubUntilIdle(request);
        Map<String, Object> reply = client.reply(client.shell, request).content();
        // python3 prog.py, prog.py being the cell: its traceback ends "Dissatisfied: with the loss"
        assertEquals("Dissatisfied", reply.get("ename"));
        assertEquals("with the loss", reply.get("evalue"));
        Message builtin = client.execute("{}['missing']");
        client.iopubUntilIdle(builtin);
        // python3: {}['missing'] raises KeyError, str(e) "'missing'"
        assertEquals("KeyError", client.reply(client.shell, builtin).content().get("ename"));
    }

    @Test
    void aFunctionOfAnEarlierCellShowsItsOwnLinesInATraceback() {
        client.iopubUntilIdle(client.execute("def ratio(a, b):\n    return a / b"));
        Message request = client.execute("x = 1\nratio(1, 0)");
        client.iopubUntilIdle(request);
        // python3 running each cell as exec(compile(cell, '<cell N>', 'exec')), with the cells' lines in linecache
        assertEquals(List.of(
                "Traceback (most recent call last):",
                "  File \"<cell 2>\", line 2, in <module>",
                "    ratio(1, 0)",
                "  File \"<cell 1>\", line 2, in ratio",
                "    return a / b",
                "           ~~^~~",
                "ZeroDivisionError: division by zero"), client.reply(client.shell, request).content().get("traceback"));
    }

    @Test
    void pltShowDisplaysTheFigureAsAPng() {
        Message request = client.execute(
                "import matplotlib.pyplot as plt\nplt.figure()\nplt.plot([0, 1, 2], [0, 1, 4])\nplt.show()");
        List<Message> iopub = client.iopubUntilIdle(request);
        List<Message> displays = iopub.stream().filter(m -> m.type().equals("display_data")).toList();
        assertEquals(1, displays.size(), JupyterClient.types(iopub).toString());
        Map<?, ?> data = (Map<?, ?>) displays.get(0).content().get("data");
        // matplotlib's repr of a default figure (6.4 x 4.8 inches at 100 dpi, its rcParams) with one plot
        assertEquals("<Figure size 640x480 with 1 Axes>", data.get("text/plain"));
        // Checked by structure: the PNG signature, then the IHDR chunk with 640 x 480 pixels.
        ByteBuffer png = ByteBuffer.wrap(Base64.getDecoder().decode((String) data.get("image/png")));
        assertEquals(0x89504e470d0a1a0aL, png.getLong(0));
        assertEquals(0x49484452, png.getInt(12), "IHDR");
        assertEquals(640, png.getInt(16));
        assertEquals(480, png.getInt(20));
        assertFalse(JupyterClient.stdout(iopub).contains(".png"), "a temp file's path was printed instead");
        assertEquals("ok", client.reply(client.shell, request).content().get("status"));
    }

    @Test
    void aFigureTheCellDrewButDidNotShowAppearsWhenTheCellEnds() {
        // matplotlib's inline backend shows a cell's open figures after it ran, show() or not.
        Message request = client.execute("import matplotlib.pyplot as plt\nplt.plot([0, 1, 2], [0, 1, 4]);");
        List<Message> iopub = client.iopubUntilIdle(request);
        List<Message> displays = iopub.stream().filter(m -> m.type().equals("display_data")).toList();
        assertEquals(1, displays.size(), JupyterClient.types(iopub).toString());
        assertEquals("<Figure size 640x480 with 1 Axes>", ((Map<?, ?>) displays.get(0).content().get("data")).get("text/plain"));
        Message next = client.execute("print(len(plt.get_fignums()))");
        // The figure was shown and closed with the cell: python3 with the inline backend prints 0.
        assertEquals("0\n", JupyterClient.stdout(client.iopubUntilIdle(next)));
    }

    @Test
    void interruptStopsAnEndlessPythonLoopAndTheNamesStay() {
        client.iopubUntilIdle(client.execute("kept = 41"));
        Message endless = running("n = 0\nwhile True:\n    pass");
        interruptRequest();
        Map<String, Object> reply = client.reply(client.shell, endless).content();
        assertEquals("error", reply.get("status"));
        assertEquals("KeyboardInterrupt", reply.get("ename"));

        // python3: kept = 41; n = 0; print(repr(kept + 1 + n)) after the loop was stopped
        Message after = client.execute("kept + 1 + n");
        assertEquals("42\n", JupyterClient.results(client.iopubUntilIdle(after)));
        assertEquals("ok", client.reply(client.shell, after).content().get("status"));
    }

    @Test
    void aRichOutputOfTheSessionIsDisplayData() {
        // What a command with a picture does: hand the session the picture with its text form.
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

    @Test
    void pythonsExitEndsTheKernelAfterItsReply() throws InterruptedException {
        Message request = client.execute("print('bye')\nexit()\nprint('not reached')");
        // python3 -c "print('bye'); exit(); print('not reached')" prints bye only
        assertEquals("bye\n", JupyterClient.stdout(client.iopubUntilIdle(request)));
        assertEquals("ok", client.reply(client.shell, request).content().get("status"));
        Thread waiter = new Thread(() -> {
            try {
                kernel.awaitShutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(10_000);
        assertFalse(waiter.isAlive(), "the kernel kept running after exit()");
        assertTrue(log().contains("stopping: the cell called exit()"), log());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a cell and returns once the kernel runs it (and a moment more, so it is well under way). */
    private Message running(String code) {
        Message cell = client.execute(code);
        Message input;
        do {
            input = client.receive(client.iopub, JupyterClient.TIMEOUT_MILLIS);
        } while (!input.type().equals("execute_input"));
        sleep(300);
        return cell;
    }

    /** Jupyter's interrupt_request on the control channel, and its reply. */
    private void interruptRequest() {
        Message interrupt = client.send(client.control, client.request("interrupt_request", Map.of()));
        assertEquals("interrupt_reply", client.reply(client.control, interrupt).type());
    }
}

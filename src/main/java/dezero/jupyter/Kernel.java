package dezero.jupyter;

import dezero.lang.Commands;
import dezero.lang.LangError;
import dezero.lang.RichOutput;
import dezero.lang.Session;
import dezero.plot.Figure;
import dezero.plot.InlineFigures;
import dezero.viz.DotRenderer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A Jupyter kernel (messaging protocol 5.3) over one {@link Session}: cells are Python with
 * DeZero imported, plus the REPL's commands; a cell's {@code plt.show()} is its picture. It
 * binds the five sockets of a connection file on its address only; shell requests run one at a
 * time (cells on a large-stack thread), control (shutdown, interrupt) is served meanwhile on its
 * own thread, and every message whose signature does not match is dropped and counted in the
 * log, never read.
 */
public final class Kernel implements AutoCloseable {
    /** How often the loops look up from a quiet socket to see whether the kernel is shutting down. */
    private static final int POLL_MILLIS = 100;
    /** How long closing waits for the last replies (the shutdown reply) to leave. */
    private static final int LINGER_MILLIS = 1000;

    /** The requests that use the session, served on shell only. */
    private static final Set<String> SHELL_ONLY = Set.of("execute_request", "complete_request", "inspect_request",
            "is_complete_request");

    private final ConnectionFile connection;
    private final Signer signer;
    private final PrintStream log;
    private final String sessionId = UUID.randomUUID().toString();
    private final ZContext zmq = new ZContext();
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket heartbeat;
    private final Iopub iopub;
    private final CellPrinter printer;
    private final Session session;
    private final Introspection introspection;
    private final CellRunner runner = new CellRunner();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dezero-kernel-stdout");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger dropped = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private int executionCount;
    /** The SIGINT handler before {@link #start()} set the kernel's, restored on close; null when none was set. */
    private SignalHandler previousSigint;

    /**
     * Binds the sockets of {@code connection}; {@link #start()} starts serving. Log lines go to {@code log}.
     *
     * @throws IllegalStateException when a port cannot be bound (in use, an address not of this machine)
     */
    public Kernel(ConnectionFile connection, PrintStream log) {
        this.connection = connection;
        this.signer = new Signer(connection.signatureScheme(), connection.key());
        this.log = log;
        try {
            shell = bind(SocketType.ROUTER, connection.shellPort());
            control = bind(SocketType.ROUTER, connection.controlPort());
            // Clients connect to stdin too, though the language never asks for input.
            stdin = bind(SocketType.ROUTER, connection.stdinPort());
            heartbeat = bind(SocketType.REP, connection.hbPort());
            iopub = new Iopub(bind(SocketType.PUB, connection.iopubPort()), signer, sessionId);
        } catch (RuntimeException e) {
            zmq.close();
            throw e;
        }
        printer = new CellPrinter(iopub, timer);
        Commands commands = RichCommands.addTo(Commands.standard(), printer, DotRenderer::fromEnvironment);
        session = new Session(commands);
        session.setUnicode(true);
        introspection = new Introspection(session);
    }

    /** A socket bound to {@code port} of the connection's address; a port in use is an {@link IllegalStateException}. */
    private ZMQ.Socket bind(SocketType type, int port) {
        ZMQ.Socket s = zmq.createSocket(type);
        s.setLinger(LINGER_MILLIS);
        s.setReceiveTimeOut(POLL_MILLIS);
        try {
            s.bind(connection.endpoint(port));
        } catch (ZMQException e) {
            throw new IllegalStateException("cannot listen on " + connection.endpoint(port) + ": " + e.getMessage(), e);
        }
        return s;
    }

    /** Starts the shell, control and heartbeat threads and says {@code starting} on iopub. */
    public Kernel start() {
        iopub.status(null, "starting");
        threads.add(thread("dezero-kernel-shell", () -> serve(shell, "shell")));
        threads.add(thread("dezero-kernel-control", () -> serve(control, "control")));
        threads.add(thread("dezero-kernel-heartbeat", this::heartbeat));
        threads.forEach(Thread::start);
        handleSigint();
        log.println("dezero kernel: listening on " + connection.endpoint(connection.shellPort()) + " (shell)");
        return this;
    }

    /**
     * SIGINT stops the running cell with KeyboardInterrupt, as an interrupt_request does, and is
     * ignored between cells, as ipykernel ignores it: a Ctrl-C meant for the notebook server in
     * the same terminal does not end the kernel and its names.
     */
    private void handleSigint() {
        try {
            previousSigint = Signal.handle(new Signal("INT"), sig -> {
                if (runner.interrupt()) {
                    log.println("dezero kernel: SIGINT: the running cell stops with KeyboardInterrupt");
                }
            });
            if (previousSigint == SignalHandler.SIG_IGN) {
                // Started with SIGINT ignored (in the background): the JVM takes no handler for it then.
                Signal.handle(new Signal("INT"), previousSigint);
                previousSigint = null;
                log.println("dezero kernel: SIGINT is not handled here (the kernel was started with it ignored); "
                        + "interrupt_request is");
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            log.println("dezero kernel: SIGINT is not handled here (" + e.getMessage() + "); interrupt_request is");
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    /** Waits until a client asked the kernel to shut down. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Ends {@link #awaitShutdown()} without a client's request (e.g. the process that started the kernel is gone). */
    public void stop(String why) {
        log.println("dezero kernel: stopping: " + why);
        runner.interrupt();
        stopped.countDown();
    }

    /** How many messages were dropped for a bad signature (or for not being a message at all). */
    public int droppedMessages() {
        return dropped.get();
    }

    /** The session the cells run in. */
    public Session session() {
        return session;
    }

    /** Stops serving and closes the sockets. */
    @Override
    public void close() {
        running = false;
        if (previousSigint != null) {
            Signal.handle(new Signal("INT"), previousSigint);
            previousSigint = null;
        }
        stopped.countDown();
        runner.shutdown();
        timer.shutdownNow();
        for (Thread t : threads) {
            if (t != Thread.currentThread()) {
                try {
                    t.join(POLL_MILLIS * 20L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        zmq.close();
    }

    private void heartbeat() {
        while (running) {
            List<byte[]> ping = Wire.receive(heartbeat);
            if (ping != null) {
                Wire.send(heartbeat, ping);
            }
        }
    }

    private void serve(ZMQ.Socket socket, String channel) {
        while (running) {
            List<byte[]> frames;
            try {
                frames = Wire.receive(socket);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                throw e;
            }
            if (frames == null) {
                continue;
            }
            Message request;
            try {
                request = Message.decode(frames, signer);
            } catch (Message.BadSignatureException | Message.MalformedMessageException e) {
                log.println("dezero kernel: dropped a message on " + channel + " (" + e.getMessage() + "; "
                        + dropped.incrementAndGet() + " dropped so far)");
                continue;
            }
            if (socket == control && SHELL_ONLY.contains(request.type())) {
                // The session runs one thing at a time, and the shell thread may be running a cell.
                log.println("dezero kernel: ignored " + request.type() + " on control (it belongs on shell)");
                continue;
            }
            try {
                handle(socket, channel, request);
            } catch (RuntimeException | StackOverflowError e) {
                log.println("dezero kernel: " + request.type() + " on " + channel + " failed: " + e);
            }
        }
    }

    private void handle(ZMQ.Socket socket, String channel, Message request) {
        String type = request.type();
        iopub.status(request, "busy");
        try {
            switch (type) {
                case "kernel_info_request" -> reply(socket, request, "kernel_info_reply", KernelInfo.content());
                case "execute_request" -> {
                    reply(socket, request, "execute_reply", execute(request));
                    if (session.isQuitRequested()) {
                        // Python's exit() ends the program, as it ends ipykernel: the notebook restarts
                        // the kernel; kept running, the session would skip every later cell.
                        stop("the cell called exit()");
                    }
                }
                case "complete_request" -> reply(socket, request, "complete_reply",
                        introspection.complete(string(request, "code"), integer(request, "cursor_pos")));
                case "inspect_request" -> reply(socket, request, "inspect_reply",
                        introspection.inspect(string(request, "code"), integer(request, "cursor_pos")));
                case "is_complete_request" -> reply(socket, request, "is_complete_reply",
                        introspection.isComplete(string(request, "code")));
                case "history_request" -> reply(socket, request, "history_reply",
                        Map.of("status", "ok", "history", List.of()));
                case "comm_info_request" -> reply(socket, request, "comm_info_reply",
                        Map.of("status", "ok", "comms", Map.of()));
                case "interrupt_request" -> {
                    if (runner.interrupt()) {
                        log.println("dezero kernel: interrupt: the running cell stops with KeyboardInterrupt");
                    }
                    reply(socket, request, "interrupt_reply", Map.of("status", "ok"));
                }
                case "shutdown_request" -> shutdown(socket, request);
                default -> log.println("dezero kernel: ignored " + type + " on " + channel);
            }
        } finally {
            iopub.status(request, "idle");
        }
    }

    private Map<String, Object> execute(Message request) {
        String code = string(request, "code");
        boolean silent = Boolean.TRUE.equals(request.content().get("silent"));
        if (!silent) {
            executionCount++;
            iopub.publish(request, "execute_input", Map.of("code", code, "execution_count", (long) executionCount));
        }
        printer.begin(request, silent, executionCount);
        runner.run(() -> {
            try (InlineFigures.Scope figures = InlineFigures.sendTo(this::showFigure)) {
                session.eval(code, silent ? "<silent cell>" : "<cell " + executionCount + ">", printer);
                // As matplotlib's inline backend: what the cell drew and did not show appears under it.
                InlineFigures.showOpen();
            }
        });
        printer.flush();
        LangError error = printer.error();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", error == null ? "ok" : "error");
        reply.put("execution_count", (long) executionCount);
        if (error == null) {
            reply.put("payload", List.of());
            reply.put("user_expressions", Map.of());
        } else {
            reply.putAll(CellPrinter.errorContent(error));
        }
        return reply;
    }

    /** {@code plt.show()} in a cell: the figure as the cell's picture, with matplotlib's repr as its text. */
    /** A figure under the running cell (straight to the cell's printer: after the eval the session has let it go). */
    private void showFigure(Figure figure) {
        printer.display(new RichOutput(figure.toString(), "image/png", figure.toPng()));
    }

    private void shutdown(ZMQ.Socket socket, Message request) {
        boolean restart = Boolean.TRUE.equals(request.content().get("restart"));
        Map<String, Object> content = Map.of("status", "ok", "restart", restart);
        reply(socket, request, "shutdown_reply", content);
        iopub.publish(request, "shutdown_reply", content);
        log.println("dezero kernel: shutting down" + (restart ? " for a restart" : ""));
        runner.interrupt();
        stopped.countDown();
    }

    private void reply(ZMQ.Socket socket, Message request, String type, Map<String, Object> content) {
        Wire.send(socket, request.reply(type, sessionId, content).encode(signer, null));
    }

    private static String string(Message m, String field) {
        return m.content().get(field) instanceof String s ? s : "";
    }

    private static int integer(Message m, String field) {
        return m.content().get(field) instanceof Long l ? (int) Math.max(0, Math.min(Integer.MAX_VALUE, l)) : 0;
    }
}

package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Command;
import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The JLine front end over an in-memory terminal: completion, continuation, highlighting, the loop. */
class ReplTest {
    private final Session session = new Session();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Terminal terminal(InputStream in) throws IOException {
        Terminal t = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
        t.setSize(new Size(160, 40));
        return t;
    }

    /** The line the reader returns after these keystrokes (TAB is \t). */
    private String typed(String keys) throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)))) {
            return Repl.reader(session, t, true, null).readLine(Repl.PROMPT);
        }
    }

    @Test
    void functionNamesCompleteWithoutATrailingSpace() throws IOException {
        assertEquals("square(x)", typed("squ\t(x)\n"));
    }

    @Test
    void commandArgumentsComplete() throws IOException {
        assertEquals("nograd off ", typed("nograd of\t\n"));
    }

    @Test
    void commandsCompleteAtTheStartOfAStatementWithTheirSpace() throws IOException {
        assertEquals("x = 1; cleargrad ", typed("x = 1; clearg\t\n"));
        assertEquals(":vars ", typed(":va\t\n"));
    }

    @Test
    void variablesCompleteAsCommandArguments() throws IOException {
        session.eval("x = 3; y = square(x)");
        assertEquals("backward y retain ", typed("backward y\tre\t\n"));
    }

    @Test
    void attributesCompleteAfterADot() throws IOException {
        session.eval("x = 3; y = square(x)");
        assertEquals("x.grad", typed("x.gr\t\n"));
        assertEquals("y.creator.inputs", typed("y.creator.inp\t\n"));
        assertEquals("np.random.randn(3)", typed("np.random.ra\t(3)\n"));
    }

    @Test
    void fileNamesCompleteAfterLoad() throws IOException {
        assertEquals("load src/main/java/dezero/lang/", typed("load src/main/java/dezero/lan\t\n"));
    }

    @Test
    void anOpenBracketAsksForAContinuationLine() throws IOException {
        assertEquals("y = add(1,\n    2)", typed("y = add(1,\n2)\n"), "continuation lines are indented");
    }

    @Test
    void highlightingComesFromTheLexer() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            LineReader reader = Repl.reader(session, t, true, null);
            ReplHighlighter h = new ReplHighlighter(session, true);
            String line = "y = add(1, 'a') # note";
            AttributedString s = h.highlight(reader, line);
            assertEquals(ReplHighlighter.FUNCTION, s.styleAt(line.indexOf("add")));
            assertEquals(ReplHighlighter.NUMBER, s.styleAt(line.indexOf('1')));
            assertEquals(ReplHighlighter.STRING, s.styleAt(line.indexOf("'a'")));
            assertEquals(ReplHighlighter.COMMENT, s.styleAt(line.indexOf("note")));
            AttributedString c = h.highlight(reader, "backward y");
            assertEquals(ReplHighlighter.COMMAND, c.styleAt(0));
        }
    }

    @Test
    void aSyntaxErrorSpanIsRedButAnUnfinishedLineIsNot() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            LineReader reader = Repl.reader(session, t, true, null);
            ReplHighlighter h = new ReplHighlighter(session, true);
            AttributedString bad = h.highlight(reader, "3 +* 4");
            assertEquals(ReplHighlighter.ERROR, bad.styleAt(3));
            AttributedString unfinished = h.highlight(reader, "add(1,");
            for (int i = 0; i < unfinished.length(); i++) {
                assertTrue(!ReplHighlighter.ERROR.equals(unfinished.styleAt(i)), "no error at " + i);
            }
            assertEquals(ReplHighlighter.ERROR, h.highlight(reader, "x $ 1").styleAt(2));
        }
    }

    @Test
    void withoutColourTheLineIsPlain() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            AttributedString s = new ReplHighlighter(session, false).highlight(Repl.reader(session, t, false, null),
                    "add(1, 2)");
            assertEquals("add(1, 2)", s.toAnsi());
        }
    }

    @Test
    void theLoopEvaluatesPrintsAndShowsTheNogradPrompt() throws IOException {
        String keys = "x = 3\ny = square(x)\nbackward y\nnograd on\nz = x\n";
        try (Terminal t = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)))) {
            new Repl(session, t, false, null).loop();
        }
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("x.grad = variable(6.0)"), shown);
        assertTrue(shown.contains(Repl.NOGRAD_PROMPT), shown);
        assertTrue(session.isNograd());
    }

    @Test
    void ctrlCDuringEvaluationInterruptsItAndTheSessionGoesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        session.commands().register(new Command("block", "block", "waits until interrupted", List.of(), false,
                ctx -> {
                    started.countDown();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        throw new CancellationException("interrupted");
                    }
                }));
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        try (Terminal t = terminal(in)) {
            Repl repl = new Repl(session, t, false, null);
            Thread typist = new Thread(() -> {
                try {
                    keys.write("x = 1\nblock\n".getBytes(StandardCharsets.UTF_8));
                    keys.flush();
                    started.await();
                    keys.write(3);
                    keys.write("y = x + 1\n".getBytes(StandardCharsets.UTF_8));
                    keys.close();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            typist.start();
            repl.loop();
            typist.join();
        }
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("KeyboardInterrupt"), shown);
        assertTrue(shown.contains("y = variable(2.0)"), shown);
    }

    @Test
    void keysTypedRightAfterCtrlCAtThePromptAreKept() throws Exception {
        // As a signal, Ctrl-C overtook the keys typed after it: the first landed in the cancelled line.
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        try (Terminal t = terminal(in)) {
            Repl repl = new Repl(session, t, false, null);
            Thread typist = new Thread(() -> {
                try {
                    Thread.sleep(300); // the prompt is waiting, as when a person types
                    keys.write("x = 1\u0003y = 2\nz = 3\n".getBytes(StandardCharsets.UTF_8));
                    keys.close();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            typist.start();
            repl.loop();
            typist.join();
        }
        assertEquals(List.of("y", "z"), List.copyOf(session.variables().keySet()), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ctrlDEndsTheLoop() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream("x = 1\n\u0004".getBytes(StandardCharsets.UTF_8)))) {
            new Repl(session, t, false, null).loop();
        }
        assertEquals(1.0, session.variables().get("x").data.item());
    }

    @Test
    void ctrlDAtTheEndOfAContinuationLineListsNothing() throws IOException {
        // It printed the completion list of every name; Python's REPL does nothing there.
        String line = typed("y = add(1,\n\u0004 2)\n");
        assertEquals("y = add(1,\n 2)", line.replace("    ", ""));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertFalse(shown.contains("square") || shown.contains("cleargrad"), shown);
    }

    @Test
    void ctrlBackslashSendsNoQuitSignalWhileTheReplRuns() throws IOException {
        // SIGQUIT made the JVM print all its threads into the REPL.
        int[] quits = {0};
        try (Terminal t = terminal(new ByteArrayInputStream("x = 1\u001c\n".getBytes(StandardCharsets.UTF_8)))) {
            Repl.disableQuitKey(t);
            t.handle(Terminal.Signal.QUIT, s -> quits[0]++);
            Repl.reader(session, t, false, null).readLine(Repl.PROMPT);
        }
        assertEquals(0, quits[0]);
    }

    @Test
    void readerAtEndOfInputThrowsEndOfFile() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            LineReader reader = Repl.reader(session, t, false, null);
            assertThrows(EndOfFileException.class, () -> reader.readLine(Repl.PROMPT));
        }
    }
}

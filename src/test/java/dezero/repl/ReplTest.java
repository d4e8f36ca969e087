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

    /** What the terminal showed, without its control sequences and carriage returns. */
    private String screen() {
        return out.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[?0-9;]*[A-Za-z]|\u001b[=>]|\r", "");
    }

    /** The prompt's highlighter over this session, as {@link Repl#reader} builds it with colour on. */
    private ReplHighlighter highlighter() {
        return new ReplHighlighter(session::isFunctionName, session::isCommandLine);
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
    void commandsCompleteAtTheStartOfALineWithTheirSpace() throws IOException {
        assertEquals("cleargrad ", typed("clearg\t\n"));
        assertEquals(":vars ", typed(":va\t\n"));
    }

    @Test
    void insideABlockTabCompletesPythonNotCommands() throws IOException {
        // A command is the first word of a top-level line only: in a block 'clearg' is just a prefix.
        assertEquals("for i in range(2):\n    print(i)\n    ", typed("for i in range(2):\npri\t(i)\n\n"));
        assertEquals("for i in range(2):\n    clearg\n    ", typed("for i in range(2):\nclearg\t\n\n"));
    }

    @Test
    void attributesCompleteAfterModulesAndSelf() throws IOException {
        assertEquals("y = F.relu(x)", typed("y = F.rel\t(x)\n"));
        assertEquals("np.zeros_like", typed("np.zeros_l\t\n"));
        // In a class being typed, self has the attributes assigned so far and those of the base class.
        String method = "class Net(Model):\ndef __init__(self):\nsuper().__init__()\nself.hidden = L.Linear(3)\n"
                + "self.hid\t\n\b\b\b\bdef forward(self, x):\nreturn self.cleargr\t()\n\n";
        String typedClass = typed(method);
        assertTrue(typedClass.contains("        self.hidden\n"), typedClass);
        assertTrue(typedClass.contains("return self.cleargrads()"), typedClass);
    }

    @Test
    void variablesCompleteAsCommandArguments() throws IOException {
        session.eval("x = Variable(np.array(3.0)); y = square(x)");
        assertEquals("backward y retain ", typed("backward y\tre\t\n"));
    }

    @Test
    void attributesCompleteAfterADot() throws IOException {
        session.eval("x = Variable(np.array(3.0)); y = square(x)");
        assertEquals("x.grad", typed("x.gr\t\n"));
        assertEquals("y.creator.inputs", typed("y.creator.inp\t\n"));
        assertEquals("np.random.permutation(3)", typed("np.random.permu\t(3)\n"));
    }

    @Test
    void fileNamesCompleteAfterLoad() throws IOException {
        assertEquals("load src/main/java/dezero/lang/", typed("load src/main/java/dezero/lan\t\n"));
    }

    @Test
    void anOpenBracketAsksForAContinuationLine() throws IOException {
        // As in Python's REPL, a line inside brackets is not indented.
        assertEquals("y = add(1,\n2)", typed("y = add(1,\n2)\n"));
    }

    @Test
    void aBlockGoesOnWithItsIndentationUntilABlankLine() throws IOException {
        assertEquals("def f(x):\n    if x:\n        return 1\n    return 2\n",
                typed("def f(x):\nif x:\nreturn 1\n\b\b\b\breturn 2\n\b\b\b\b\n"));
    }

    @Test
    void aDefAndAForLoopTypedAtThePromptRunAndEcho() throws IOException {
        // python3 prints 0 1 4 for the loop and 9 for f(3) (the same program under CPython 3.11).
        String keys = "def f(x):\nreturn x * x\n\nfor i in range(3):\nprint(f(i))\n\nf(3)\n";
        try (Terminal t = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)))) {
            new Repl(session, t, false, null).loop();
        }
        String shown = screen();
        assertTrue(shown.contains("\n0\n1\n4\n"), shown);
        assertTrue(shown.contains("\n9\n"), shown);
        assertEquals("2", Session.repr(session.values().get("i")));
    }

    @Test
    void highlightingComesFromTheLexer() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            LineReader reader = Repl.reader(session, t, true, null);
            ReplHighlighter h = highlighter();
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
    void aCharacterTheTokenizerRefusesIsRedButAnUnfinishedLineIsNot() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]))) {
            LineReader reader = Repl.reader(session, t, true, null);
            ReplHighlighter h = highlighter();
            AttributedString unfinished = h.highlight(reader, "add(1,");
            for (int i = 0; i < unfinished.length(); i++) {
                assertTrue(!ReplHighlighter.ERROR.equals(unfinished.styleAt(i)), "no error at " + i);
            }
            assertEquals(ReplHighlighter.ERROR, h.highlight(reader, "x $ 1").styleAt(2));
        }
    }

    @Test
    void withoutColourTheLineIsPlain() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream("y = add(1, 'a') # note\n".getBytes(StandardCharsets.UTF_8)))) {
            new Repl(session, t, false, null).loop();
        }
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(">>> y = add(1, 'a') # note"), shown);
        assertFalse(shown.matches("(?s).*\u001b\\[[0-9;]*3[0-7]m.*"), "no foreground colour: " + shown);
    }

    @Test
    void theLoopEvaluatesPrintsAndShowsTheNogradPrompt() throws IOException {
        String keys = "x = Variable(np.array(3.0))\ny = square(x)\nbackward y\nnograd on\nz = x\n";
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
        String shown = typedWhileTheLoopRuns(keys -> {
            keys.write("x = 1\nblock\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            started.await();
            keys.write(3);
            keys.write("y = x + 1\n".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(shown.contains("KeyboardInterrupt"), shown);
        assertTrue(shown.contains("y = 2"), shown);
    }

    @Test
    void ctrlCStopsARunningLoopWithKeyboardInterruptAndTheSessionGoesOn() throws Exception {
        String shown = typedWhileTheLoopRuns(keys -> {
            keys.write("n = 0\nwhile True:\nn += 1\n\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            while (!(session.values().get("n") instanceof Number k && k.longValue() > 0)) {
                Thread.sleep(10);
            }
            keys.write(3);
            keys.flush();
            keys.write("m = n > 0\n".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(shown.contains("KeyboardInterrupt"), shown);
        assertTrue(shown.contains("m = True"), shown);
    }

    @Test
    void ctrlCCancelsABlockBeingTypedAndNothingOfItRuns() throws Exception {
        String shown = typedWhileTheLoopRuns(keys -> {
            Thread.sleep(300); // the prompt is waiting, as when a person types
            keys.write("for i in range(3):\nprint('ran', i)\u0003a = 1\n".getBytes(StandardCharsets.UTF_8));
        });
        assertFalse(shown.contains("ran 0"), shown);
        assertTrue(shown.contains("KeyboardInterrupt"), shown);
        assertEquals(List.of("a"), List.copyOf(session.values().keySet()), shown);
    }

    @Test
    void keysTypedRightAfterCtrlCAtThePromptAreKept() throws Exception {
        // As a signal, Ctrl-C overtook the keys typed after it: the first landed in the cancelled line.
        String shown = typedWhileTheLoopRuns(keys -> {
            Thread.sleep(300); // the prompt is waiting, as when a person types
            keys.write("x = 1\u0003y = 2\nz = 3\n".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(List.of("y", "z"), List.copyOf(session.values().keySet()), shown);
    }

    /** Something that types into the REPL's keyboard while its loop runs (and may wait for the session). */
    @FunctionalInterface
    private interface Typist {
        void type(PipedOutputStream keys) throws IOException, InterruptedException;
    }

    /** What the REPL shows while {@code typist} types into it on a thread of its own, until the keys end. */
    private String typedWhileTheLoopRuns(Typist typist) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        try (Terminal t = terminal(in)) {
            Repl repl = new Repl(session, t, false, null);
            Thread thread = new Thread(() -> {
                try {
                    typist.type(keys);
                    keys.close();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            repl.loop();
            thread.join();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ctrlDEndsTheLoop() throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream("x = 1\n\u0004".getBytes(StandardCharsets.UTF_8)))) {
            new Repl(session, t, false, null).loop();
        }
        assertEquals("1", Session.repr(session.values().get("x")));
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
        // The keys arrive only once the key is disabled and the handler counts: the terminal's input
        // thread starts at once, and given them at construction it could read Ctrl-\ before either.
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        try (Terminal t = terminal(new java.io.PipedInputStream(keys))) {
            Repl.disableQuitKey(t);
            t.handle(Terminal.Signal.QUIT, s -> quits[0]++);
            keys.write("x = 1\u001c\n".getBytes(StandardCharsets.UTF_8));
            keys.close();
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

package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} and {@code save} against files a classroom has lying around: missing,
 * directories, binary, not UTF-8, Windows-made, endless, broken on line 40, unwritable. Each is one
 * error in Python's words (the OSError family), and what ran before it stays.
 */
class FilesTest {
    @TempDir
    Path dir;

    private final Session session = new Session();

    @AfterEach
    void sessionIsUsable() {
        assertEquals("2\n", session.eval("1 + 1").out());
    }

    private String errorOf(String line) {
        Result r = session.eval(line);
        assertEquals(Result.Status.FILE_ERROR, r.status(), r.err());
        String[] lines = r.err().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void loadOfAMissingFileOrADirectory() {
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'no/such.dz'", errorOf("load no/such.dz"));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'", errorOf("load " + dir));
    }

    @Test
    void loadOfABinaryFileStopsAtItsFirstLine() throws IOException {
        Path png = dir.resolve("picture.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Result r = session.eval("load " + png);
        assertEquals(png + ": OSError: '" + png + "' is not a UTF-8 text file: line 1 has the byte 0x89\n", r.err());
        Path nul = dir.resolve("zeros.dz");
        Files.write(nul, new byte[] {'x', ' ', '=', ' ', '1', 0, '\n'});
        // CPython 3.11 says "source code cannot contain null bytes"; here a SyntaxError that echoes the NUL escaped.
        Result withNul = session.eval("load " + nul);
        assertEquals(Result.Status.SYNTAX_ERROR, withNul.status());
        assertTrue(withNul.err().startsWith(nul + ":1:") && withNul.err().contains("\n    x = 1\\x00\n"), withNul.err());
        assertTrue(session.values().isEmpty());
    }

    @Test
    void bytesThatAreNotUtf8StopTheScriptAtTheirLineAfterTheLinesBefore() throws IOException {
        Path file = dir.resolve("latin1.dz");
        Files.write(file, "a = 1\nb = 2\ns = 'caf\u00e9'\nc = 3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("OSError: '" + file + "' is not a UTF-8 text file: line 3 has the byte 0xe9",
                errorOf("load " + file).replace(file + ": ", ""));
        assertEquals(List.of("a", "b"), List.copyOf(session.values().keySet()));
    }

    @Test
    void anErrorOnLineFortyIsReportedThereAndKeepsTheThirtyNineBefore() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < 40; i++) {
            sb.append("v").append(i).append(" = ").append(i).append('\n');
        }
        sb.append("w = v39 * nothing\nafter = 1\n");
        Path file = dir.resolve("forty.dz");
        Files.writeString(file, sb);
        Result r = session.eval("load " + file);
        assertEquals(file + ":40:11: NameError: name 'nothing' is not defined\n    w = v39 * nothing\n"
                + "              ^^^^^^^\n", r.err());
        assertEquals(39, session.values().size());
        assertEquals(39L, ((Number) session.values().get("v39")).longValue());
    }

    @Test
    void windowsFilesWithAByteOrderMarkAndNoFinalNewlineRun() throws IOException {
        Path file = dir.resolve("notepad.dz");
        Files.write(file, "\ufeffx = Variable(np.array(2.0))\r\ny = add(x,\r\n    x)\r\nz = y * 2"
                .getBytes(StandardCharsets.UTF_8));
        Result r = session.eval("load " + file);
        assertEquals("", r.err());
        // repl_oracle.py on the same lines (CPython 3.11 + DeZero).
        assertEquals("x = variable(2.0)\ny = variable(4.0)\nz = variable(8.0)\n", r.out());
    }

    @Test
    void anEndlessLineStopsAtTheLineLimitWithoutReadingTheRest() throws IOException {
        Path zeros = dir.resolve("zeros.bin");
        try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(1L << 32); // sparse: 4 GB of NUL bytes on no disk
        }
        assertEquals(zeros + ":1:1: SyntaxError: line too long: more than 2000000 characters\n",
                session.eval("load " + zeros).err());
    }

    @Test
    void devicesFifosAndTerminalsAreRefusedBeforeTheyAreOpened() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
        assertEquals("OSError: '/dev/zero' is not a regular file (a FIFO, a terminal or a device would block or "
                + "never end)", errorOf("load /dev/zero"));
        Path fifo = dir.resolve("pipe.dz");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        session.eval("x = 1");
        // Before, each of these blocked in open() until a writer or reader came, deaf to Ctrl-C.
        String[] lines = {"load " + fifo, "save " + fifo + " force"};
        for (String line : lines) {
            Result[] r = new Result[1];
            Thread t = new Thread(() -> r[0] = session.eval(line));
            t.start();
            t.join(5_000);
            if (t.isAlive()) {
                try (var unblock = new RandomAccessFile(fifo.toFile(), "rw")) {
                    t.join();
                }
                fail(line + " blocked on the FIFO");
            }
            assertEquals("OSError: '" + fifo + "' is not a regular file (a FIFO, a terminal or a device would block "
                    + "or never end)", r[0].err().strip().lines().reduce((a, b) -> b).orElseThrow(), line);
        }
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
    }

    @Test
    void saveOntoAPathThroughAFileOrOntoADirectory() throws IOException {
        session.eval("x = 1");
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "not a directory");
        String through = file.resolve("out.dz").toString();
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: '" + through + "'", errorOf("save " + through));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'", errorOf("save " + dir + " force"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + dir.resolve("no/out.dz") + "'",
                errorOf("save " + dir.resolve("no/out.dz")));
    }

    @Test
    void saveKeepsWhatAFileRunBeforeThePromptRanAndTheLoadLinesAsTyped() throws IOException {
        Path demo = dir.resolve("demo.dz");
        Files.writeString(demo, "x = Variable(np.array(3.0))\ny = square(x);\n");
        Path helper = dir.resolve("helper.dz");
        Files.writeString(helper, "h = 2\n");
        try (var in = Files.newInputStream(demo)) {
            assertEquals(Result.Status.OK, session.runScript(demo.toString(), in, new Result.Collector()));
        }
        session.eval("z = y * 2");
        session.eval("load " + helper);
        Path out = dir.resolve("out.dz");
        assertEquals("saved 4 lines to " + out + "\n", session.eval("save " + out).out());
        assertEquals("x = Variable(np.array(3.0))\ny = square(x);\nz = y * 2\nload " + helper + "\n",
                Files.readString(out), "lines as they were written, the silencing ';' too");
        Session again = new Session();
        Result r = again.eval("load " + out);
        assertEquals("", r.err());
        assertEquals(18.0, again.variables().get("z").data.item());
    }

    @Test
    void aScriptThatSavesOverItselfIsRefusedAndKept() throws IOException {
        Path script = dir.resolve("s.dz");
        String text = "x = 1\nsave " + script + " force\ny = 2\n";
        Files.writeString(script, text);
        Result.Collector c = new Result.Collector();
        try (var in = Files.newInputStream(script)) {
            session.runScript(script.toString(), in, c);
        }
        Result r = c.result(Result.Status.FILE_ERROR);
        assertTrue(r.err().contains("OSError: cannot save over '" + script + "': it is the script running now"),
                r.err());
        assertEquals(text, Files.readString(script), "the script did not erase itself");
        assertTrue(session.eval("load " + script).err().contains("cannot save over"), "nor through load");
        assertEquals(text, Files.readString(script));
    }

    @Test
    void saveOfNoNameOrOfADirectoryIsPythonsError() throws IOException {
        session.eval("x = 1");
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: ''", errorOf("save \"\""));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'", errorOf("save " + dir));
    }

    @Test
    void saveIntoAReadOnlyDirectoryIsAPermissionError() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked),
                "the user can write anywhere (root)");
        try {
            session.eval("x = 1");
            String target = locked.resolve("out.dz").toString();
            assertEquals("PermissionError: [Errno 13] Permission denied: '" + target + "'", errorOf("save " + target));
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFileOperationCutByCtrlCIsAKeyboardInterruptNotAnOSError() {
        // A file channel used by an interrupted thread closes and throws ClosedByInterruptException
        // (whether a plain file read notices the interrupt depends on the JDK).
        Thread.currentThread().interrupt();
        try {
            LangError error = FileCommands.fileError(new ClosedByInterruptException(), "f.dz", Span.NONE);
            assertEquals(LangError.Kind.KeyboardInterrupt, error.kind());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt was consumed");
        } finally {
            Thread.interrupted();
        }
    }
}

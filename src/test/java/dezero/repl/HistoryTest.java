package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history file through the JLine front end: one that cannot be read or written gives
 * one warning and the REPL goes on with every line; a damaged one is read quietly; JLine logs no
 * stack trace either way.
 */
class HistoryTest {
    private static final String LINES = "x = 1\ny = x + 1\nz = y * 3\n";

    @TempDir
    Path dir;

    private final Session session = new Session();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void recordLogging() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        Logger.getLogger("").removeHandler(recorder);
    }

    /** Runs the REPL loop over {@code keys} with {@code history} as its history file; returns the screen text. */
    private String typed(String keys, Path history) throws IOException {
        try (Terminal t = new ExternalTerminal("test", "dumb", new ByteArrayInputStream(
                keys.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            t.setSize(new Size(120, 40));
            new Repl(session, t, false, history).loop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertAllLinesRanAndNothingWasLogged(String screen) {
        // Python's ints: z = (1 + 1) * 3.
        assertTrue(screen.contains("z = 6"), screen);
        assertEquals("6", Session.repr(session.values().get("z")));
        assertEquals(List.of(), logged.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
        assertFalse(screen.contains("Exception") || screen.contains("\tat "), screen);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aHistoryFileThatIsADirectoryWarnsOnceAndTheReplGoesOn() throws IOException {
        String screen = typed(LINES, dir);
        assertEquals(1, count(screen, "warning: the history file " + dir + " cannot be read (Is a directory); "
                + "this session's lines are kept in memory only"), screen);
        assertAllLinesRanAndNothingWasLogged(screen);
    }

    @Test
    void aHistoryFileThatCannotBeWrittenWarnsOnceAtTheFirstLine() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "a file, not a directory");
        Path history = file.resolve("history");
        String screen = typed(LINES, history);
        assertEquals(1, count(screen, "warning: the history file " + history + " cannot be written"), screen);
        int typedLine = screen.indexOf("x = 1");
        assertTrue(screen.indexOf("warning:") > screen.indexOf("x = 1", typedLine + 1), "after the first line's echo");
        assertAllLinesRanAndNothingWasLogged(screen);
    }

    @Test
    void aHistoryFileInAnotherFormatIsReadQuietly() throws IOException {
        Path history = dir.resolve("history");
        Files.writeString(history, "a line without JLine's time stamp\n");
        String screen = typed(LINES, history);
        assertFalse(screen.contains("warning"), screen);
        assertAllLinesRanAndNothingWasLogged(screen);
    }

    @Test
    void aHistoryFileThatIsNotUtf8WarnsOnceAndIsLeftAsItWas() throws IOException {
        Path history = dir.resolve("history");
        byte[] damaged = {'1', ':', 'x', '\n', (byte) 0xff, '\n'};
        Files.write(history, damaged);
        String screen = typed(LINES, history);
        assertEquals(1, count(screen, "warning: the history file " + history + " cannot be read (it is not UTF-8 "
                + "text); this session's lines are kept in memory only"), screen);
        assertAllLinesRanAndNothingWasLogged(screen);
        assertEquals(java.util.Arrays.toString(damaged), java.util.Arrays.toString(Files.readAllBytes(history)));
    }

    @Test
    void anEndlessHistoryFileIsNotReadAndTheReplStarts() throws IOException {
        // ~/.dezero_history -> /dev/zero used to fill the heap before the first prompt.
        Path history = Files.createSymbolicLink(dir.resolve("history"), Path.of("/dev/zero"));
        String screen = typed(LINES, history);
        assertEquals(1, count(screen, "warning: the history file " + history + " cannot be read (it is not a "
                + "regular file); this session's lines are kept in memory only"), screen);
        assertAllLinesRanAndNothingWasLogged(screen);
    }

    @Test
    void aHugeHistoryFileIsNotReadAndIsLeftAsItWas() throws IOException {
        Path history = dir.resolve("history");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(history.toFile(), "rw")) {
            f.setLength(300L << 20); // 300 MB (sparse): one endless line of NUL bytes
        }
        String screen = typed(LINES, history);
        assertEquals(1, count(screen, "warning: the history file " + history + " cannot be read (it is larger "
                + "than 16 MiB); this session's lines are kept in memory only"), screen);
        assertAllLinesRanAndNothingWasLogged(screen);
        assertEquals(300L << 20, Files.size(history));
    }

    @Test
    void aFailureSaysWhyNotOnlyWhere() {
        // The JDK's file exceptions carry only the path as their message.
        assertEquals("permission denied", FileHistory.why(new java.nio.file.AccessDeniedException("/h")));
        assertEquals("no such file or directory", FileHistory.why(new java.nio.file.NoSuchFileException("/h")));
        assertEquals("Not a directory", FileHistory.why(new java.nio.file.FileSystemException("/h", null,
                "Not a directory")));
    }

    @Test
    void aWorkingHistoryFileKeepsTheLines() throws IOException {
        Path history = dir.resolve("history");
        typed(LINES, history);
        String saved = Files.readString(history);
        assertTrue(saved.contains("y = x + 1") && saved.contains("z = y * 3"), saved);
        assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
    }
}

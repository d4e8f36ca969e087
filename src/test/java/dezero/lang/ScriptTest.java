package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts ({@code .dz} files, standard input, {@code load}) run as typed lines do. Echoes are
 * {@code src/test/resources/dezero/lang/repl_oracle.py}'s for the same lines (CPython 3.11 + DeZero);
 * error texts and columns are CPython 3.11's for the same file ({@code python3 file}).
 */
class ScriptTest {
    @TempDir
    Path dir;

    private final Session session = new Session();

    @Test
    void scriptPrintsLikeThePromptWithoutPrompts() {
        Result r = session.runScript("demo.dz", "x = Variable(np.array(3.0))\ny = square(x)\nbackward y\n");
        assertEquals("x = variable(3.0)\ny = variable(9.0)\nx.grad = variable(6.0)\n", r.out());
        assertEquals(Result.Status.OK, r.status());
    }

    @Test
    void scriptStopsAtTheFirstErrorNamingFileLineAndColumn() {
        Result r = session.runScript("demo.dz", "x = 3\n\ny = x + w\nz = 1\n");
        assertEquals("x = 3\n", r.out());
        assertEquals("demo.dz:3:9: NameError: name 'w' is not defined\n    y = x + w\n            ^\n", r.err());
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
        assertEquals(List.of("x"), List.copyOf(session.values().keySet()));
    }

    @Test
    void syntaxErrorInAScriptHasItsOwnStatus() {
        Result r = session.runScript("<stdin>", "x = 3\nx +* 2\n");
        assertTrue(r.err().startsWith("<stdin>:2:4: SyntaxError: invalid syntax\n"), r.err());
        assertEquals(Result.Status.SYNTAX_ERROR, r.status());
    }

    @Test
    void continuationLinesKeepTheirLineNumbers() {
        Result r = session.runScript("s.dz", "x = Variable(np.array(3.0))\ny = add(square(x),\n        w)\n");
        // CPython 3.11 reports the line of the bad argument, not of the statement.
        assertTrue(r.err().startsWith("s.dz:3:9: NameError: name 'w' is not defined\n"), r.err());
    }

    @Test
    void unclosedBracketAtTheEndOfAScriptIsASyntaxError() {
        Result r = session.runScript("s.dz", "x = 3\ny = add(x,\n");
        assertEquals(Result.Status.SYNTAX_ERROR, r.status());
        assertTrue(r.err().startsWith("s.dz:2:8: SyntaxError: '(' was never closed\n"), r.err());
    }

    @Test
    void windowsLineEndingsAndNoTrailingNewlineAreFine() {
        Result r = session.runScript("w.dz", "x = 3\r\ny = x * 2");
        assertEquals("x = 3\ny = 6\n", r.out());
    }

    @Test
    void saveWritesABlockAsItWasTypedAndCountsItsLines() throws IOException {
        session.eval("def f(x):\n    return x * 2\n");
        session.eval("y = f(3)");
        Path file = dir.resolve("block.dz");
        assertEquals("saved 3 lines to " + file + "\n", session.eval("save " + file).out());
        assertEquals(List.of("def f(x):", "    return x * 2", "y = f(3)"), Files.readAllLines(file));
        // python3: def f(x): return x * 2; y = f(3) gives 6.
        assertEquals("y = 6\n", new Session().eval("load " + file).out());
    }

    @Test
    void saveThenLoadGivesTheSameVariables() throws IOException {
        for (String line : List.of("x = Variable(np.array(3.0))", "y = square(x)", "w + 1", "backward y", "vars",
                "help")) {
            session.eval(line);
        }
        Path file = dir.resolve("session.dz");
        assertEquals("saved 3 lines to " + file + "\n", session.eval("save " + file).out(),
                "a line that failed and the commands that only show are not kept");
        assertEquals(List.of("x = Variable(np.array(3.0))", "y = square(x)", "backward y"), Files.readAllLines(file));
        Session other = new Session();
        Result r = other.eval("load " + file);
        assertEquals("x = variable(3.0)\ny = variable(9.0)\nx.grad = variable(6.0)\n", r.out());
        assertEquals(session.variables().keySet(), other.variables().keySet());
        assertEquals(6.0, other.variables().get("x").grad.data.item());
    }

    @Test
    void saveRefusesToOverwriteUnlessForced() throws IOException {
        Path file = dir.resolve("a.dz");
        Files.writeString(file, "keep me\n");
        session.eval("x = 1");
        Result r = session.eval("save " + file);
        assertTrue(r.err().endsWith("FileExistsError: [Errno 17] File exists: '" + file + "'; 'save " + file
                + " force' overwrites it\n"), r.err());
        assertEquals("keep me\n", Files.readString(file));
        session.eval("save " + file + " force");
        assertEquals("x = 1\n", Files.readString(file));
    }

    @Test
    void loadStopsAtTheErrorLineAndKeepsWhatCameBefore() throws IOException {
        Path file = dir.resolve("forty.dz");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < 40; i++) {
            sb.append("v").append(i).append(" = ").append(i).append('\n');
        }
        sb.append("bad = nothing\nafter = 1\n");
        Files.writeString(file, sb);
        Result r = session.eval("load " + file);
        assertTrue(r.err().startsWith(file + ":40:7: NameError: name 'nothing' is not defined\n"), r.err());
        assertEquals(39, session.values().size());
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
    }

    @Test
    void loadOfADirectoryOrABinaryFileIsAClearError() throws IOException {
        assertTrue(session.eval("load " + dir).err().endsWith("IsADirectoryError: [Errno 21] Is a directory: '"
                + dir + "'\n"));
        Path bin = dir.resolve("bin.dz");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Result r = session.eval("load " + bin);
        assertEquals(bin + ": OSError: '" + bin + "' is not a UTF-8 text file: line 1 has the byte 0xff\n", r.err());
        assertEquals(Result.Status.FILE_ERROR, r.status());
    }

    @Test
    void aScriptThatLoadsItselfStopsAtTheNestingLimit() throws IOException {
        Path file = dir.resolve("self.dz");
        Files.writeString(file, "load " + file + "\n", StandardCharsets.UTF_8);
        Result r = session.eval("load " + file);
        assertTrue(r.err().contains("RecursionError: load nested more than 20 deep"), r.err());
        assertEquals("2\n", session.eval("1 + 1").out());
    }
}

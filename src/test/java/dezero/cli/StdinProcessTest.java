package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code input()} in a program run as a file reads the process's standard input, as python3's does. */
class StdinProcessTest {
    @Test
    void inputReadsLinesAfterItsPromptAndEndsInEofError(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("ask.py");
        Files.writeString(program, "n = int(input('How many? '))\nprint(n * 2)\nname = input()\nprint('hi', name)\n"
                + "input()\n");
        ChildJvm.Run r = ChildJvm.run(ChildJvm.main(null, program.toString()), dir, "21\nAda\n");
        // printf '21\nAda\n' | python3 ask.py: the same standard output, exit 1, and this last line
        assertEquals("How many? 42\nhi Ada\n", r.out());
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("EOFError: EOF when reading a line\n"), r.err());
    }
}

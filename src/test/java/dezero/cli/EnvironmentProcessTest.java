package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line under an unusual environment: a C locale, a closed standard input. */
class EnvironmentProcessTest {
    @TempDir
    Path dir;

    @Test
    void aCLocaleKeepsUnicodeNamesInArguments() throws Exception {
        // python3 -c 'α = 2; print(α + 1)' under LC_ALL=C prints 3: the name stays α, not U+FFFD.
        List<String> full = new java.util.ArrayList<>(List.of("env", "LC_ALL=C", "LANG=C"));
        full.addAll(ChildJvm.main(null, "-e", "α = 2", "-e", "print(α + 1)", "-e", "vars"));
        ChildJvm.Run r = ChildJvm.run(full, dir, "");
        assertEquals(0, r.code(), r.err());
        assertEquals("α = 2\n3", r.out().lines().limit(2).reduce((a, b) -> a + "\n" + b)
                .orElseThrow(), r.out());
    }

    @Test
    void aClosedStandardInputIsEmptyNotTheJdksOwnFile() throws Exception {
        // python3 <&- exits 0 without output; dezero read the JDK's module image as a script (exit 66).
        ChildJvm.Run r = ChildJvm.run(ChildJvm.afterShell("exec 0<&-", ChildJvm.main(null)), dir, "");
        assertEquals("", r.err());
        assertEquals("", r.out());
        assertEquals(0, r.code());
    }

    @Test
    void argumentsAreReadAgainFromTheProcessAsUtf8() {
        byte[] cmdline = "java\0-cp\0x.jar\0dezero.cli.Main\0-e\0α = 2\0".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new String[] {"-e", "α = 2"}, Utf8Arguments.of(new String[] {"-e", "\uFFFD\uFFFD = 2"},
                cmdline));
        assertArrayEquals(new String[] {"-x", "\uFFFD = 3"}, Utf8Arguments.of(new String[] {"-x", "\uFFFD = 3"},
                cmdline), "arguments that do not match the process's are kept as given");
        assertArrayEquals(new String[] {"-q", "\uFFFD"}, Utf8Arguments.of(new String[] {"-q", "\uFFFD"}, cmdline));
    }
}

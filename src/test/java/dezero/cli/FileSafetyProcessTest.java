package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the command line writes, under the failures one process cannot stage in itself: a
 * file-size limit ({@code ulimit -f}) and a user without the rights root has (CI runs as root, so
 * the child drops to {@code nobody} with {@code setpriv}). A failed write leaves the old file whole
 * and no partial or temporary file behind.
 */
class FileSafetyProcessTest {
    @TempDir
    Path dir;

    /** A statement whose saved text is over 3 KiB, beyond a 1 KiB file-size limit. */
    private static final String LONG_LINE = "s = '" + "a".repeat(3000) + "'";

    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aSaveCutByAFileSizeLimitLeavesTheOldScriptWhole() throws Exception {
        Path script = dir.resolve("big.dz");
        byte[] old = ("x = 1\n" + "# an old script of more than a kibibyte\n".repeat(90)).getBytes();
        Files.write(script, old);
        ChildJvm.Run r = ChildJvm.run(ChildJvm.afterShell("ulimit -f 1",
                ChildJvm.main(null, "-q", "-e", LONG_LINE, "-e", "save big.dz force")), dir, "");
        assertEquals(Main.EXIT_FILE, r.code(), r.err());
        assertTrue(r.err().endsWith("OSError: [Errno 27] File too large\n"), r.err());
        assertArrayEquals(old, Files.readAllBytes(script), "the old script is intact, not cut at 1 KiB");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aSaveToANewNameCutByAFileSizeLimitLeavesNoFile() throws Exception {
        ChildJvm.Run r = ChildJvm.run(ChildJvm.afterShell("ulimit -f 1",
                ChildJvm.main(null, "-q", "-e", LONG_LINE, "-e", "save new.dz")), dir, "");
        assertEquals(Main.EXIT_FILE, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("new.dz")), "no partial file");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aGraphCutByAFileSizeLimitLeavesTheOldFileWhole() throws Exception {
        Path dot = dir.resolve("y.dot");
        byte[] old = "digraph old {}\n".getBytes();
        Files.write(dot, old);
        String sum = "y = " + "x + ".repeat(60) + "x";
        ChildJvm.Run r = ChildJvm.run(ChildJvm.afterShell("ulimit -f 1",
                ChildJvm.main(null, "-q", "-e", "x = Variable(np.array(1.0))", "-e", sum, "-e", "graph y y.dot force")),
                dir, "");
        assertEquals(Main.EXIT_FILE, r.code(), r.err());
        assertTrue(r.err().endsWith("OSError: [Errno 27] File too large\n"), r.err());
        assertArrayEquals(old, Files.readAllBytes(dot));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aUserWhoCannotWriteTheDirectoryGetsAPermissionErrorNamingTheFile() throws Exception {
        assumeTrue(isRoot() && Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs root and setpriv");
        String cp = ChildJvm.publicClassPath(Files.createDirectory(dir.resolve("cp")));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false, false);
        locked.toFile().setExecutable(true, false);
        dir.toFile().setExecutable(true, false);
        Path old = locked.resolve("old.dz");
        Files.writeString(old, "x = 1\n");
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups"));
        command.addAll(ChildJvm.main(cp, "-q", "-e", "x = Variable(np.array(2.0))", "-e", "save "
                + locked.resolve("new.dz")));
        ChildJvm.Run r = ChildJvm.run(command, dir, "");
        assertEquals("PermissionError: [Errno 13] Permission denied: '" + locked.resolve("new.dz") + "'",
                lastLine(r.err()), r.err());
        command.set(command.size() - 1, "save " + old + " force");
        r = ChildJvm.run(command, dir, "");
        assertEquals("PermissionError: [Errno 13] Permission denied: '" + old + "'", lastLine(r.err()), r.err());
        assertEquals("x = 1\n", Files.readString(old));
        command.set(command.size() - 1, "graph x " + locked.resolve("x.dot"));
        r = ChildJvm.run(command, dir, "");
        assertEquals("PermissionError: [Errno 13] Permission denied: '" + locked.resolve("x.dot") + "'",
                lastLine(r.err()), r.err());
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}

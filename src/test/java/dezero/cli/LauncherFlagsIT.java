package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/dezero's JVM flags and class-data archive, as processes against the built jar: every
 * mode runs the engine's collector, and an unwritable target/cds moves the archive to the user's
 * cache directory, trained once, or goes without one.
 */
class LauncherFlagsIT {
    private static final Path HOME = Path.of("").toAbsolutePath();

    record Run(int code, String out, String err) {}

    private static Run launch(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        pb.environment().remove("XDG_CACHE_HOME");
        Path err = Files.createTempFile("dezero-it", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher finished");
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, errText);
    }

    /** A copy of the launchers and the jar in {@code root}, whose target/cds is a file: mkdir fails there, even as root. */
    private static Path checkoutWithUnwritableCds(Path root) throws IOException {
        Files.createDirectories(root.resolve("scripts/lib"));
        for (String s : new String[] {"scripts/dezero", "scripts/lib/ensure-jar.sh", "scripts/lib/jvm-flags.sh"}) {
            Files.copy(HOME.resolve(s), root.resolve(s), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(root.resolve("target"));
        Files.copy(HOME.resolve("target/dezero.jar"), root.resolve("target/dezero.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(root.resolve("target/cds"), "not a directory\n");
        return root.resolve("scripts/dezero");
    }

    private static List<Path> archives(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).sorted().toList();
        }
    }

    @Test
    void benchWithLauncherFlagsRunsTheLaunchersCollectorWithoutAFixedHeap() throws Exception {
        Run r = launch(HOME.resolve("scripts/dezero"), Map.of(), "bench", "scalar_chain", "400", "--budget", "0",
                "--launcher-flags");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" flags=launcher "), r.out());
        assertTrue(r.out().contains(";-XX:+UseParallelGC;-XX:LoopUnrollLimit=120;"), "the REPL's flags: " + r.out());
        assertTrue(!r.out().contains("-Xms2g") && r.out().contains("(default)"), "no fixed heap: " + r.out());
    }

    @Test
    void benchWithoutLauncherFlagsKeepsTheFixedHeap() throws Exception {
        Run r = launch(HOME.resolve("scripts/dezero"), Map.of(), "bench", "scalar_chain", "400", "--budget", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("-XX:+UseParallelGC;-XX:LoopUnrollLimit=120;-Xms2g;-Xmx2g;-XX:+AlwaysPreTouch"), r.out());
    }

    @Test
    void unwritableTargetCdsTrainsOnceInTheUserCache(@TempDir Path root) throws Exception {
        Path launcher = checkoutWithUnwritableCds(root.resolve("checkout"));
        Path home = root.resolve("home");
        Files.createDirectories(home);
        Map<String, String> env = Map.of("HOME", home.toString());
        assertEquals(new Run(0, "x = 1\n", ""), launch(launcher, env, "-e", "x = 1"));
        Path cache = home.resolve(".cache/dezero/cds");
        List<Path> made = archives(cache);
        assertEquals(1, made.size(), "one archive in " + cache);
        FileTime trained = Files.getLastModifiedTime(made.get(0));
        Object inode = Files.getAttribute(made.get(0), "unix:ino");
        assertEquals(new Run(0, "x = 2\n", ""), launch(launcher, env, "-e", "x = 2"));
        assertEquals(made, archives(cache), "the same archive is used, not another one");
        assertEquals(trained, Files.getLastModifiedTime(made.get(0)), "not retrained");
        assertEquals(inode, Files.getAttribute(made.get(0), "unix:ino"), "not replaced");
    }

    @Test
    void noWritableDirectoryRunsWithoutAnArchive(@TempDir Path root) throws Exception {
        Path launcher = checkoutWithUnwritableCds(root.resolve("checkout"));
        Path home = root.resolve("home");
        Files.writeString(home, "HOME is a file: no cache directory can be made under it\n");
        Map<String, String> env = Map.of("HOME", home.toString());
        assertEquals(new Run(0, "x = 1\n", ""), launch(launcher, env, "-e", "x = 1"));
        try (Stream<Path> s = Files.walk(root)) {
            assertEquals(List.of(), s.filter(p -> p.toString().contains(".jsa") || p.toString().contains(".aot")).toList());
        }
    }
}

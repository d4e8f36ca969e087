package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bench/peers.sh as a process: whole programs against Python + DeZero, and one quick workload
 * round. Skipped where the peers (../shared/peers) or python3 with numpy are missing.
 */
class PeersScriptIT {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path PEERS = HOME.getParent().resolve("shared/peers");

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(HOME.resolve("bench/peers.sh").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "peers.sh finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static void assumePeers() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(PEERS.resolve("dezero/dezero")), "no DeZero under " + PEERS);
        Process p = new ProcessBuilder("python3", "-c", "import numpy").start();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 cannot import numpy");
    }

    @Test
    void programsAreTimedUnderBothAndTabled() throws Exception {
        assumePeers();
        String out = run("--programs", "bench/programs/tanh_chain.py", "--rounds", "1");
        assertTrue(out.contains("| program | dezero-j (scripts/dezero) | Python + DeZero |"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\| tanh_chain\\.py \\| [0-9.]+ m?s \\(.*\\), [0-9.]+x \\| [0-9.]+ m?s .*")), out);
    }

    @Test
    void oneWorkloadRoundGivesEveryInstalledEngineAColumnWithARatio() throws Exception {
        assumePeers();
        String out = run("--only", "mlp_step", "--rounds", "1", "--budget", "0");
        assertTrue(out.contains("| bench | dezero-j | dezero-j launcher | DeZero |"), out);
        String row = out.lines().filter(l -> l.startsWith("| mlp_step 1000 |")).findFirst().orElseThrow();
        assertTrue(row.matches("\\| mlp_step 1000 \\| [0-9.]+ m?s \\([0-9.-]+\\) \\| [0-9.]+ m?s \\([0-9.-]+\\), [0-9.]+x \\|.*"), row);
        assertTrue(out.contains("Threads: dezero-j "), out);
        assertTrue(!out.contains("FAILED"), out);
    }
}

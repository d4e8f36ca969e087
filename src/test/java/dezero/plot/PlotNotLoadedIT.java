package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Startup stays as fast as before charts came in: a session that never plots loads no class of
 * XChart, VectorGraphics2D or dezero.plot (measured with {@code -verbose:class} on the built jar),
 * although the jar holds them.
 */
class PlotNotLoadedIT {
    private static final Path JAR = Path.of("target/dezero.jar");

    @Test
    void aSessionThatNeverPlotsLoadsNoChartClass() throws IOException, InterruptedException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertNotNull(jar.getEntry("org/knowm/xchart/XYChart.class"), "the jar holds XChart");
            assertNotNull(jar.getEntry("dezero/plot/Pyplot.class"), "the jar holds dezero.plot");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-verbose:class", "-jar", JAR.toString(), "-e", "x = 1")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> loaded = out.lines().filter(l -> l.contains("class,load")).toList();
        assertTrue(loaded.size() > 100, "-verbose:class listed the classes loaded");
        List<String> charts = loaded.stream()
                .filter(l -> l.contains(" org.knowm.") || l.contains(" dezero.plot.") || l.contains(" de.erichseifert."))
                .toList();
        assertEquals(List.of(), charts);
    }
}

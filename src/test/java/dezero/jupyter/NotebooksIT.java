package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dezero.viz.DotRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classroom notebooks run by Jupyter's own client: the kernelspec installed with
 * {@code scripts/dezero kernel install --prefix target/jupyter-it} (nothing global is touched),
 * every scripts/demos/stepNN.ipynb executed by nbclient, and the outputs, cell after cell, are the
 * ones the notebook holds, which scripts/gen/demo_notebooks.py took from python3 with numpy 2.4 and
 * DeZero running the same cells (DemoNotebooksTest checks they are current). A graph cell's
 * picture is checked by structure (a PNG): the oracle has no Graphviz. Then a teacher's
 * {@code jupyter nbconvert --execute --to html}. Without Debian's python3-nbclient and
 * python3-jupyter-client (.ci/run installs them) the tests skip, saying so.
 */
class NotebooksIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path DEMOS = ROOT.resolve("scripts/demos");
    private static final Path WORK = ROOT.resolve("target/jupyter-it");
    private static final List<String> STEPS = IntStream.rangeClosed(11, 18).mapToObj(i -> "step" + i).toList();
    private static String python;

    @BeforeAll
    static void installKernelspec() throws Exception {
        python = pythonWithNbclient();
        if (python == null) {
            System.err.println("NotebooksIT: SKIPPED: no python3 can import nbclient and jupyter_client "
                    + "(apt-get install python3-nbclient python3-jupyter-client); the notebooks did not run");
        }
        Assumptions.assumeTrue(python != null, "python3-nbclient and python3-jupyter-client are not installed");
        Process install = new ProcessBuilder(ROOT.resolve("scripts/dezero").toString(), "kernel", "install",
                "--prefix", WORK.toString()).redirectErrorStream(true).start();
        String out = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(install.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, install.exitValue(), out);
    }

    private static String pythonWithNbclient() throws InterruptedException {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import nbclient, jupyter_client, nbformat")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // Not this one: try the next.
            }
        }
        return null;
    }

    /** Runs {@code command} with Jupyter's paths inside target/; returns its output, failing on a non-zero exit. */
    private static String jupyter(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", WORK.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", WORK.resolve("data").toString());
        env.put("JUPYTER_RUNTIME_DIR", WORK.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", WORK.resolve("config").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    @Test
    void everyDemoNotebookPrintsWhatPythonPrintsAndTheGraphCellsHoldAPicture() throws Exception {
        Path executed = WORK.resolve("executed");
        List<String> command = new ArrayList<>(List.of(python,
                ROOT.resolve("src/test/resources/dezero/jupyter/run_notebooks.py").toString(), executed.toString()));
        STEPS.forEach(s -> command.add(DEMOS.resolve(s + ".ipynb").toString()));
        System.out.println(jupyter(command).strip());
        boolean dot = DotRenderer.fromEnvironment().findDot().isPresent();
        if (!dot) {
            System.err.println("NotebooksIT: Graphviz dot is not on PATH: the graph cells are checked as text only");
        }
        int pictures = 0;
        for (String step : STEPS) {
            List<Map<?, ?>> expected = codeCells(DEMOS.resolve(step + ".ipynb"));
            List<Map<?, ?>> actual = codeCells(executed.resolve(step + ".ipynb"));
            assertEquals(expected.size(), actual.size(), step);
            for (int i = 0; i < expected.size(); i++) {
                Map<?, ?> c = actual.get(i);
                String where = step + " cell " + (i + 1) + ": " + text(c.get("source"));
                assertEquals(printed(expected.get(i), where), printed(c, where), where);
                boolean picture = false;
                for (Object o : (List<?>) c.get("outputs")) {
                    Map<?, ?> output = (Map<?, ?>) o;
                    if ("display_data".equals(output.get("output_type"))
                            && ((Map<?, ?>) output.get("data")).get("image/png") != null) {
                        byte[] png = Base64.getDecoder().decode(text(((Map<?, ?>) output.get("data")).get("image/png")).strip());
                        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), where);
                        picture = true;
                    }
                }
                boolean graphCell = text(c.get("source")).lines().anyMatch(l -> l.matches("graph \\w+"));
                if (graphCell && dot) {
                    assertTrue(picture, "the graph cell shows no PNG: " + where);
                    pictures++;
                }
            }
        }
        if (dot) {
            assertEquals(2, pictures, "graph cells with a picture (steps 15 and 16)");
        }
    }

    private static List<Map<?, ?>> codeCells(Path notebook) throws IOException {
        List<Map<?, ?>> cells = new ArrayList<>();
        for (Object cell : (List<?>) Json.parseObject(Files.readString(notebook)).get("cells")) {
            if ("code".equals(((Map<?, ?>) cell).get("cell_type"))) {
                cells.add((Map<?, ?>) cell);
            }
        }
        return cells;
    }

    /**
     * A cell's printed lines and results, in order, one entry per stream run or result; a picture
     * (display_data) is left out, its text being the kernel's and not Python's.
     */
    private static List<String> printed(Map<?, ?> cell, String where) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) cell.get("outputs")) {
            Map<?, ?> output = (Map<?, ?>) o;
            switch ((String) output.get("output_type")) {
                case "stream" -> {
                    String t = text(output.get("text"));
                    if (!out.isEmpty() && out.get(out.size() - 1).startsWith("stdout: ")) {
                        out.set(out.size() - 1, out.get(out.size() - 1) + t);
                    } else {
                        out.add("stdout: " + t);
                    }
                }
                case "execute_result" -> out.add("result: " + text(((Map<?, ?>) output.get("data")).get("text/plain")));
                case "display_data" -> { }
                default -> fail("unexpected output in " + where + ": " + output);
            }
        }
        return out;
    }

    @Test
    void nbconvertExecutesADemoToHtmlWithThePicture() throws Exception {
        Path out = WORK.resolve("html");
        String nbconvert = Files.isExecutable(Path.of("/usr/bin/jupyter-nbconvert")) ? "/usr/bin/jupyter-nbconvert"
                : null;
        Assumptions.assumeTrue(nbconvert != null, "jupyter-nbconvert is not installed");
        jupyter(List.of(nbconvert, "--execute", "--to", "html", "--output-dir", out.toString(),
                DEMOS.resolve("step15.ipynb").toString()));
        String html = Files.readString(out.resolve("step15.html"));
        assertTrue(html.contains("x.grad by generations: variable(64.0)"), "the last cell's output is in the page");
        if (DotRenderer.fromEnvironment().findDot().isPresent()) {
            assertTrue(html.contains("data:image/png;base64,"), "the graph picture is in the page");
        }
    }

    /** A notebook's multi-line string: one string, or a list of lines as nbformat writes it. */
    private static String text(Object o) {
        return o instanceof List<?> l ? String.join("", l.stream().map(String::valueOf).toList()) : String.valueOf(o);
    }
}

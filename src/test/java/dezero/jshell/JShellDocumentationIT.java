package dezero.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * JShell's documentation of our API, looked up through {@code sourceCodeAnalysis().documentation}
 * in a JVM started as scripts/jshell starts jshell's: with target/dezero.jar as a Java agent
 * pointing at src/main/java ({@link dezero.jshell.SourcesAgent}).
 */
class JShellDocumentationIT {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String[] LOOKUPS = {"square(", "x.backward(", "Config.noGrad("};

    private static List<String> probe(boolean withAgent) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (withAgent) {
            command.add("-javaagent:" + HOME.resolve("target/dezero.jar") + "=" + HOME.resolve("src/main/java"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DocumentationProbe.class.getName()));
        command.addAll(List.of(LOOKUPS));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not exit");
        assertEquals(0, process.exitValue(), output);
        return output.lines().toList();
    }

    @Test
    void withTheAgentEachMethodShowsItsJavadoc() throws IOException, InterruptedException {
        List<String> docs = probe(true);
        assertTrue(docs.contains("Variable dezero.functions.Functions.square(Variable x) :: "
                + "{@code x ** 2}. {@code square(x)} at 3 is 9.0, gradient 6.0."), docs::toString);
        assertTrue(docs.stream().anyMatch(d -> d.startsWith("void Variable.backward(boolean retainGrad) :: ")
                && d.contains("retainGrad")), docs::toString);
        assertTrue(docs.stream().anyMatch(d -> d.startsWith("Config.Scope Config.noGrad() :: ")
                && d.contains("no_grad()")), docs::toString);
        assertTrue(docs.stream().noneMatch(d -> d.endsWith(":: null")), docs::toString);
    }

    @Test
    void withoutTheAgentJShellFindsNoJavadocForClassPathClasses() throws IOException, InterruptedException {
        // JShell reads Javadoc only from the JDK's src.zip (JDK-8186876); when a JDK learns to read
        // it from the class path, this fails and SourcesAgent can go.
        List<String> docs = probe(false);
        assertEquals(5, docs.size(), docs::toString);
        assertTrue(docs.stream().allMatch(d -> d.endsWith(":: null")), docs::toString);
    }
}

package dezero.jshell;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Java agent for the jshell tool's JVM (scripts/jshell passes
 * {@code -J-javaagent:target/dezero.jar=src/main/java}) so that Shift-Tab shows our Javadoc.
 *
 * <p>JShell reads documentation only from the JDK's {@code lib/src.zip}, never from the class
 * path (JDK-8186876, open through JDK 25). Its one way in is the private static
 * {@code jdk.jshell.SourceCodeAnalysisImpl.availableSourcesOverride}, a list of source roots
 * meant for the JDK's own tests. The agent opens {@code jdk.jshell} to itself and sets that list
 * to our source directory plus the roots JShell would have found in {@code src.zip}. On a JDK
 * without that field it prints one line and changes nothing.
 */
public final class SourcesAgent {
    private static final String ANALYSIS_CLASS = "jdk.jshell.SourceCodeAnalysisImpl";
    private static final String OVERRIDE_FIELD = "availableSourcesOverride";

    private SourcesAgent() {}

    /** Entry point of {@code -javaagent:dezero.jar=SOURCE_ROOT}. */
    public static void premain(String sourceRoot, Instrumentation instrumentation) {
        Optional<Module> jshell = ModuleLayer.boot().findModule("jdk.jshell");
        if (jshell.isEmpty() || sourceRoot == null || sourceRoot.isEmpty()) {
            return;
        }
        try {
            instrumentation.redefineModule(jshell.get(), Set.of(), Map.of(),
                    Map.of("jdk.jshell", Set.of(SourcesAgent.class.getModule())), Set.of(), Map.of());
            List<Path> roots = new ArrayList<>();
            roots.add(Path.of(sourceRoot));
            roots.addAll(jdkSourceRoots());
            Field override = Class.forName(ANALYSIS_CLASS, false, jshell.get().getClassLoader())
                    .getDeclaredField(OVERRIDE_FIELD);
            override.setAccessible(true);
            override.set(null, List.copyOf(roots));
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            System.err.println("dezero: Shift-Tab documentation unavailable on this JDK (" + ANALYSIS_CLASS + "."
                    + OVERRIDE_FIELD + ": " + e + ")");
        }
    }

    /** The source roots JShell itself takes from the JDK's src.zip, if the JDK has one. */
    static List<Path> jdkSourceRoots() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        Path srcZip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(srcZip)) {
            srcZip = home.getParent().resolve("src.zip");
        }
        if (!Files.isReadable(srcZip)) {
            return List.of();
        }
        FileSystem zip = FileSystems.newFileSystem(srcZip);
        Path root = zip.getRootDirectories().iterator().next();
        if (Files.exists(root.resolve("java.base/java/lang/Object.java"))) {
            List<Path> modules = new ArrayList<>();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
                dirs.forEach(modules::add);
            }
            return modules; // paths inside the zip, which stays open for the life of the JVM
        }
        boolean flat = Files.exists(root.resolve("java/lang/Object.java"));
        zip.close();
        return flat ? List.of(srcZip) : List.of();
    }
}

package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of DeZero's layers, models, optimizers, datasets, transforms and loaders has a README row and a help page. */
class ClassTableTest {
    private static final List<String> MODULES = List.of("dezero.layers", "dezero.models", "dezero.optimizers",
            "dezero.datasets", "dezero.transforms", "dezero.dataloaders");

    static Stream<Arguments> classes() {
        PythonRuntime python = new PythonRuntime(t -> { }, t -> { }, List.of("<test>"));
        List<Arguments> out = new ArrayList<>();
        for (String name : MODULES) {
            python.interpreter().run("import " + name, "<test>", python.main());
            PyModule m = python.interpreter().importer().modules().get(name);
            for (Map.Entry<String, Object> e : m.dict.entrySet()) {
                if (e.getValue() instanceof PyType t && !e.getKey().equals("Parameter") && !e.getKey().equals("Hook")) {
                    out.add(Arguments.of(name, e.getKey()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("classes")
    void hasAReadmeRowAndAHelpPage(String module, String name) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("| `" + module) && readme.contains("| `" + name + "("),
                "README has no row for " + module + "." + name);
        StringBuilder out = new StringBuilder();
        PythonRuntime python = new PythonRuntime(out::append, out::append, List.of("<test>"));
        python.interpreter().run("import " + module + " as m\nhelp(m." + name + ")\n", "<test>", python.main());
        assertTrue(out.toString().startsWith("Help on class " + name), out.toString());
    }
}

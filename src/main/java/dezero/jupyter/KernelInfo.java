package dezero.jupyter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code kernel_info_reply}: who the kernel is and how notebooks should show its language. */
final class KernelInfo {
    private KernelInfo() {}

    static Map<String, Object> content() {
        String version = Kernel.class.getPackage().getImplementationVersion();
        Map<String, Object> language = new LinkedHashMap<>();
        // Cells are Python (with the REPL's commands): notebooks highlight them and export them as Python.
        language.put("name", "python");
        language.put("version", "3.11");
        language.put("mimetype", "text/x-python");
        language.put("file_extension", ".py");
        language.put("pygments_lexer", "python3");
        language.put("codemirror_mode", Map.of("name", "python", "version", 3L));
        language.put("nbconvert_exporter", "python");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("status", "ok");
        info.put("protocol_version", Message.PROTOCOL_VERSION);
        info.put("implementation", "dezero-j");
        info.put("implementation_version", version == null ? "development" : version);
        info.put("language_info", language);
        info.put("banner", "dezero-j - DeZero (Deep Learning from Scratch 3) in a notebook.\n"
                + "Cells are Python with numpy (np) and DeZero (Variable, F, L, ...) imported:\n"
                + "x = Variable(np.array(3.0)); y = x ** 2 + x; y.backward(); x.grad\n"
                + "and the REPL's commands on lines of their own: graph y, vars, help NAME");
        info.put("help_links", List.of());
        return info;
    }
}

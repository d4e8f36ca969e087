package dezero.jupyter;

import dezero.lang.ErrorRenderer;
import dezero.lang.LangError;
import dezero.lang.Printer;
import dezero.lang.RichOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where a cell's output goes: printed lines as {@code stream} stdout (see {@link StreamBuffer}),
 * pictures and tables as {@code display_data}, an error as {@code error} with the lines the REPL
 * prints as its traceback, all on iopub under the running {@code execute_request} (nothing for a
 * silent one). While a kernel command wraps a REPL command, what that prints can be captured instead.
 */
final class CellPrinter implements Printer {
    private final Iopub iopub;
    private final StreamBuffer stdout;
    private final StreamBuffer stderr;
    private Message parent;
    private boolean silent;
    private long executionCount;
    private LangError error;
    private StringBuilder captured;

    CellPrinter(Iopub iopub, ScheduledExecutorService timer) {
        this.iopub = iopub;
        this.stdout = new StreamBuffer(iopub, timer, "stdout");
        this.stderr = new StreamBuffer(iopub, timer, "stderr");
    }

    /** Starts a cell: its output goes out under {@code request}, or nowhere if {@code silent}. */
    void begin(Message request, boolean silent, long executionCount) {
        parent = request;
        this.silent = silent;
        this.executionCount = executionCount;
        error = null;
        captured = null;
    }

    /** Sends the printed text still pending (the cell has ended). */
    void flush() {
        stdout.flush();
        stderr.flush();
    }

    /** The error the cell ended with, or null. */
    LangError error() {
        return error;
    }

    @Override
    public void out(String text) {
        if (captured != null) {
            captured.append(captured.length() == 0 ? "" : "\n").append(text);
            return;
        }
        if (silent) {
            return;
        }
        stdout.append(parent, text + "\n");
    }

    /** What the cell wrote to sys.stderr: Jupyter's {@code stderr} stream (a notebook shows it apart). */
    @Override
    public void err(String text) {
        if (captured != null || silent) {
            out(text);
            return;
        }
        stdout.flush();
        stderr.append(parent, text + "\n");
    }

    /** A value typed alone: the cell's {@code execute_result} ({@code Out[n]}). */
    @Override
    public void result(String text) {
        if (captured != null || silent) {
            out(text);
            return;
        }
        stdout.flush();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("execution_count", executionCount);
        content.put("data", Map.of("text/plain", text));
        content.put("metadata", Map.of());
        iopub.publish(parent, "execute_result", content);
    }

    @Override
    public void error(LangError e) {
        error = e;
        if (!silent) {
            stdout.flush();
            iopub.publish(parent, "error", errorContent(e));
        }
    }

    /** The fields of an {@code error} message (and of an error {@code execute_reply}). */
    static Map<String, Object> errorContent(LangError e) {
        Map<String, Object> content = new LinkedHashMap<>();
        // The Python class's name: the kind is one of a few the REPL tells apart (OtherError for the rest).
        content.put("ename", e.typeName());
        content.put("evalue", e.getMessage() == null ? "" : e.getMessage());
        content.put("traceback", new ArrayList<Object>(List.of(ErrorRenderer.render(e).split("\n", -1))));
        return content;
    }

    @Override
    public void display(RichOutput output) {
        if (silent) {
            return;
        }
        stdout.flush();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/plain", output.text());
        data.put(output.mimeType(), output.mimeType().startsWith("text/") || output.mimeType().endsWith("+xml")
                ? new String(output.bytes(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(output.bytes()));
        iopub.publish(parent, "display_data", Map.of("data", data, "metadata", Map.of(), "transient", Map.of()));
    }

    /** Runs {@code body}, keeping what it prints instead of sending it; returns that text. */
    String capture(Runnable body) {
        StringBuilder outer = captured;
        captured = new StringBuilder();
        try {
            body.run();
            return captured.toString();
        } finally {
            captured = outer;
        }
    }
}

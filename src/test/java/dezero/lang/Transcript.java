package dezero.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A REPL transcript from a test resource: {@code >>> } lines are input, the lines after them the expected output. */
public record Transcript(List<String> inputs, List<String> outputs) {

    /** Reads {@code /dezero/lang/NAME} from the test classpath. */
    public static Transcript load(String name) {
        try (InputStream in = Transcript.class.getResourceAsStream("/dezero/lang/" + name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript parse(String text) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        StringBuilder out = null;
        for (String line : text.split("\n")) {
            if (line.startsWith(">>> ")) {
                if (out != null) {
                    outputs.add(out.toString());
                }
                inputs.add(line.substring(4));
                out = new StringBuilder();
            } else if (out != null) {
                out.append(line).append('\n');
            }
        }
        if (out != null) {
            outputs.add(out.toString());
        }
        return new Transcript(List.copyOf(inputs), List.copyOf(outputs));
    }

    /** All expected output, concatenated. */
    public String allOutput() {
        return String.join("", outputs);
    }
}

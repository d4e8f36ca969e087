package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's scripted lines are lines of the prompt's language: they run as typed, and the
 * only error among them is the one put there on purpose, so the class-data archive records the
 * paths a real session takes rather than a string of errors.
 */
class WarmupTest {
    @Test
    void theScriptedLinesRunWithOnlyTheirDeliberateError() {
        String screen = Warmup.replPass(new Session()).replaceAll("\u001b\\[[?0-9;]*[A-Za-z]|\u001b[=>]|\r", "");
        // python3 with DeZero (and the book's Square): d(x^2 + x)/dx at 3 is 7; relu(3) * 2 is 6;
        // numpy prints (np.array([1, 2, 3]) * 2 - 1 / 4) ** 2 as below.
        assertTrue(screen.contains("x.grad = variable(7.0)"), screen);
        assertTrue(screen.contains("[ 3.0625 14.0625 33.0625]"), screen);
        assertTrue(screen.contains("0 variable(6.0)\n1 variable(6.0)\n"), screen);
        Matcher errors = Pattern.compile("(?m)^\\w+Error: .*$").matcher(screen);
        List<String> found = errors.results().map(m -> m.group()).toList();
        assertEquals(List.of("NameError: name 'w' is not defined"), found, screen);
    }
}

package dezero.viz;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.square;

import dezero.core.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/** The graphs the viz tests look at, and their golden files. */
final class Fixtures {
    private Fixtures() {}

    /** The step-16 diamond {@code x=2; a=square(x); y=add(square(a), square(a))} with its session names. */
    record Diamond(Variable x, Variable a, Variable y, Map<Variable, String> names) {}

    static Diamond diamond() {
        Variable x = new Variable(2.0);
        Variable a = square(x);
        Variable y = add(square(a), square(a));
        return new Diamond(x, a, y, names(x, "x", a, "a", y, "y"));
    }

    /** {@code x**2 + x} at {@code x = 3}, as {@code add(pow(x, 2), x)}. */
    record SquarePlusX(Variable x, Variable y, Map<Variable, String> names) {}

    static SquarePlusX squarePlusX() {
        Variable x = new Variable(3.0);
        Variable y = add(pow(x, 2), x);
        return new SquarePlusX(x, y, names(x, "x", y, "y"));
    }

    /** An identity map from alternating variables and names. */
    static Map<Variable, String> names(Object... pairs) {
        Map<Variable, String> m = new IdentityHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Variable) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    /** A golden file from src/test/resources/dezero/viz. */
    static String golden(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource dezero/viz/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

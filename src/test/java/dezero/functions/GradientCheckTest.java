package dezero.functions;

import dezero.functions.GradCheck.OpCase;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op, on each shape, broadcasting pair and axis combination of
 * {@link ElementwiseCases} and {@link ShapeCases}, gets the three checks of {@link GradCheck},
 * with inputs seeded by the case's label.
 */
class GradientCheckTest {
    static Stream<OpCase> cases() {
        return Stream.concat(ElementwiseCases.all().stream(), ShapeCases.all().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forwardMatchesIndependentComputation(OpCase c) {
        GradCheck.checkForward(c, c.label().hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backwardMatchesHandDerivedGradient(OpCase c) {
        GradCheck.checkHandGradient(c, c.label().hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backwardMatchesCentralDifferences(OpCase c) {
        GradCheck.checkNumericalGradient(c, c.label().hashCode());
    }
}

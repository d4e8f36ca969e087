package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.core.Function;
import dezero.core.Variable;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Step 26's Goldstein-Price graph has DeZero's nodes now that constants are inputs. Python DeZero
 * (distinct node ids of get_dot_graph(z)): 57 variables, 38 functions; z = 1876.0,
 * x.grad = -5376.0, y.grad = 8064.0 at x = y = 1.0.
 */
class GoldsteinGraphTest {
    /** Step 26's function, each operator as Python applies it (an int on the left is {@code __rmul__}, {@code __rsub__} ...). */
    static Variable goldstein(Variable x, Variable y) {
        // 1 + (x + y + 1)**2 * (19 - 14*x + 3*x**2 - 14*y + 6*x*y + 3*y**2)
        Variable a = add(add(sub(add(sub(19L, mul(14L, x)), mul(3L, pow(x, 2L))), mul(14L, y)), mul(mul(6L, x), y)),
                mul(3L, pow(y, 2L)));
        Variable left = add(1L, mul(pow(add(add(x, y), 1L), 2L), a));
        // 30 + (2*x - 3*y)**2 * (18 - 32*x + 12*x**2 + 48*y - 36*x*y + 27*y**2)
        Variable b = add(sub(add(add(sub(18L, mul(32L, x)), mul(12L, pow(x, 2L))), mul(48L, y)), mul(mul(36L, x), y)),
                mul(27L, pow(y, 2L)));
        Variable right = add(30L, mul(pow(sub(mul(2L, x), mul(3L, y)), 2L), b));
        return mul(left, right);
    }

    @Test
    void goldsteinHasDezerosNodesAndValues() {
        Variable x = new Variable(1.0);
        Variable y = new Variable(1.0);
        Variable z = goldstein(x, y);
        z.backward();
        assertEquals("variable(1876.0)", z.toString());
        assertEquals("variable(-5376.0)", x.grad.toString());
        assertEquals("variable(8064.0)", y.grad.toString());
        Set<Variable> variables = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Function> functions = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Variable> todo = new ArrayDeque<>();
        todo.push(z);
        variables.add(z);
        while (!todo.isEmpty()) {
            Function f = todo.pop().creator;
            if (f != null && functions.add(f)) {
                for (Variable in : f.inputs()) {
                    if (variables.add(in)) {
                        todo.push(in);
                    }
                }
            }
        }
        assertEquals(57, variables.size());
        assertEquals(38, functions.size());
    }
}

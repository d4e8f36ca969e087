// Step 15: complex graphs (theory).
// The diamond: a = x^2 feeds two functions, b = a^2 and c = a^2, and y = b + c.
// Name the functions as in the book's figure: A makes a, B makes b, C makes c, D makes y.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

Variable x = new Variable(2.0);
Variable a = square(x);
Variable b = square(a);
Variable c = square(a);
Variable y = add(b, c);
Map<Function, String> names = new IdentityHashMap<>(Map.of(a.creator, "A", b.creator, "B", c.creator, "C", y.creator, "D"));
System.out.println("y.data: " + y.data);

// The backward of step 14: a plain list used as a stack (funcs.pop() takes the last one).
// It knows nothing about order: a function may run before all the gradients of its output
// have arrived.
List<String> naiveBackward(Variable y) {
    List<String> order = new ArrayList<>();
    y.grad = new Variable(NDArray.onesLike(y.data));
    Deque<Function> funcs = new ArrayDeque<>();
    funcs.push(y.creator);
    while (!funcs.isEmpty()) {
        Function f = funcs.pop();
        order.add(names.get(f));
        Variable[] gys = f.outputs().stream().map(out -> out.grad).toArray(Variable[]::new);
        Variable[] gxs = f.backward(gys);
        for (int i = 0; i < gxs.length; i++) {
            Variable in = f.inputs().get(i);
            in.grad = in.grad == null ? gxs[i] : add(in.grad, gxs[i]);
            if (in.creator != null) {
                funcs.push(in.creator);
            }
        }
    }
    return order;
}

// D pushes B and C; C is popped and pushes A; A is popped before B has added its part of
// a.grad. A runs twice, the first time with half of a.grad: x.grad comes out as 96.0.
System.out.println("plain stack, order: " + String.join(" ", naiveBackward(y)));
System.out.println("plain stack, x.grad: " + x.grad + "  (wrong)");

// The right order runs D, then B and C, then A once, with a.grad complete:
// dy/dx = dy/da * da/dx = 4a * 2x = 16 * 4 = 64. Step 16 gives functions a generation
// so that backward can pick them in that order; the engine already does:
Variable x2 = new Variable(2.0);
Variable a2 = square(x2);
Variable y2 = add(square(a2), square(a2));
y2.backward();
System.out.println("engine backward, x.grad: " + x2.grad);

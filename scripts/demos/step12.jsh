// Step 12: variable-length arguments (improved).
// First improvement, for the user: pass the inputs directly (Python's *inputs is Java's
// varargs) and get a single Variable back when there is one output (apply instead of call).
import dezero.functions.Add;

Variable x0 = new Variable(2.0);
Variable x1 = new Variable(3.0);
Variable y1 = new Add().apply(x0, x1);
System.out.println("Add().apply(x0, x1): " + y1);

// Second improvement, for the implementer: forward receives the arrays unpacked
// (forward(NDArray... xs) reads xs[0], xs[1]) and packs its result with outputs(y).
// The book's add function wraps the class: def add(x0, x1): return Add()(x0, x1)
Variable y = add(x0, x1);
System.out.println("y = add(x0, x1): " + y);
System.out.println("y.data: " + y.data);

// A Function object is used once: a second call would overwrite what backward needs.
Function used = y.creator;
try {
    used.call(x0, x1);
} catch (IllegalStateException e) {
    System.out.println("calling it again: " + e.getMessage());
}

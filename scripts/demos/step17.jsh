// Step 17: memory management and circular references.
// A function holds its inputs (backward needs them) and each output holds its creator, so
// a graph is full of cycles: y -> creator -> outputs -> y. CPython frees objects by reference
// counting, which never frees a cycle by itself; that is why DeZero keeps the outputs through
// weakref. The JVM's garbage collector traces what is reachable from the program, so cycles
// are collected anyway; dezero-j still keeps outputs weakly (see memory.jsh for why and for
// the book's loop at full size).
import java.lang.ref.WeakReference;

// System.gc() is a request: ask a few times until the reference has been cleared.
boolean collected(WeakReference<?> ref) {
    for (int i = 0; i < 20 && ref.get() != null; i++) {
        System.gc();
    }
    return ref.get() == null;
}

Variable x = new Variable(2.0);
Variable y = square(x);
Function f = y.creator;
System.out.println("f = y.creator: " + f);
System.out.println("f.inputs() (strong): " + f.inputs());
System.out.println("f.outputs() (weak): " + f.outputs());

// Drop y while keeping the function: its output is freed, its input is not.
WeakReference<Variable> yRef = new WeakReference<>(y);
y = null;
System.out.println("y collected: " + collected(yRef));
System.out.println("f.outputs() now: " + f.outputs());
System.out.println("f.inputs() still: " + f.inputs());

// A function with two outputs (sin and cos of its input) whose caller keeps only the first:
// the unused output and its data are freed while the rest of the graph lives, and backward
// counts the freed output's gradient as zero.
class SinCos extends Function {
    public NDArray[] forward(NDArray... xs) { return new NDArray[] {xs[0].sin(), xs[0].cos()}; }
    public Variable[] backward(Variable... gys) {
        Variable t = input(0);
        return new Variable[] {sub(mul(gys[0], cos(t)), mul(gys[1], sin(t)))};
    }
}
Variable t = new Variable(0.5);
Variable[] sc = new SinCos().call(t);
Variable s = sc[0];
WeakReference<Variable> cosRef = new WeakReference<>(sc[1]);
sc = null;
System.out.println("unused cos output collected: " + collected(cosRef));
System.out.println("s.creator.outputs(): " + s.creator.outputs());
s.backward();
System.out.println("t.grad (d sin(t)/dt = cos(0.5)): " + t.grad);

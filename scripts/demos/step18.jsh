// Step 18: memory-saving mode.
import java.util.Arrays;

// 1. Backward keeps only the gradients of leaves: the grads of intermediate variables are
//    dropped as soon as they have been used, unless backward(true) asks to retain them.
Variable x0 = new Variable(1.0);
Variable x1 = new Variable(1.0);
Variable t = add(x0, x1);
Variable y = add(x0, t);
y.backward();
System.out.println("backward(): y.grad " + (y.grad == null ? "None" : y.grad) + ", t.grad " + (t.grad == null ? "None" : t.grad));
System.out.println("backward(): x0.grad " + x0.grad + ", x1.grad " + x1.grad);

x0.cleargrad();
x1.cleargrad();
t = add(x0, x1);
y = add(x0, t);
y.backward(true);
System.out.println("backward(true): y.grad " + y.grad + ", t.grad " + t.grad);

// 2. With backprop disabled nothing is recorded: no creator, no inputs kept, generation 0.
//    Config.using("enable_backprop", false) is the book's using_config, and
//    try (var g = Config.noGrad()) { ... } is `with no_grad():`. Both restore the previous
//    mode when the block ends, even by an exception.
try (var g = Config.using("enable_backprop", false)) {
    Variable big = new Variable(NDArray.ones(100, 100, 100));
    Variable z = square(square(square(big)));
    System.out.println("using_config: z.creator " + (z.creator == null ? "None" : z.creator) + ", z.shape " + Arrays.toString(z.shape()));
}

Variable x = new Variable(2.0);
Variable yNoGrad;
try (var g = Config.noGrad()) {
    yNoGrad = square(x);
}
System.out.println("no_grad: y = " + yNoGrad + ", y.creator " + (yNoGrad.creator == null ? "None" : yNoGrad.creator) + ", y.generation " + yNoGrad.generation);

Variable yGrad = square(x);
System.out.println("after the block: backprop enabled " + Config.isBackpropEnabled() + ", y.creator " + yGrad.creator);

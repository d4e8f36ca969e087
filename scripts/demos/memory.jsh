// Step 17 at full size: the book's loop of ten big graphs, and what stays alive.
//
// CPython frees an object the moment its reference count drops to zero, deterministically;
// a cycle (y -> creator -> outputs -> y) never drops to zero, so DeZero must break it with
// weakref or wait for Python's separate cycle collector. The JVM has no reference counts:
// its collector traces what is still reachable from the program (variables, stacks) and
// frees everything else, cycles included. The price is that *when* memory is freed is up to
// the collector: System.gc() below is a request, made here only so that the numbers can be
// shown. Outputs are still weak references in dezero-j: a Function must not keep its
// outputs, and their data, alive. An unused output of a multi-output function, or a result
// the program dropped, is freed while the rest of the graph lives (step17.jsh shows both);
// and it mirrors the book.
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

// Heap in use after asking for a full collection, in MB.
long heapInUseMb() {
    for (int i = 0; i < 3; i++) {
        System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
}

int count(List<WeakReference<Variable>> refs) {
    int alive = 0;
    for (WeakReference<Variable> r : refs) {
        if (r.get() != null) {
            alive++;
        }
    }
    return alive;
}

// for i in range(10): x = Variable(np.random.randn(1000000)); y = square(square(square(x)))
// Each graph holds four arrays of 1,000,000 doubles (8 MB each): x, x^2, x^4 and x^8.
// Each new assignment to x and y makes the previous graph unreachable.
List<WeakReference<Variable>> xs = new ArrayList<>();
List<WeakReference<Variable>> ys = new ArrayList<>();
Variable x = null;
Variable y = null;
System.out.println("before the loop: heap in use " + heapInUseMb() + " MB");
for (int i = 0; i < 10; i++) {
    x = new Variable(NDArray.randn(1_000_000));
    y = square(square(square(x)));
    xs.add(new WeakReference<>(x));
    ys.add(new WeakReference<>(y));
    System.out.println("iteration " + i + ": heap in use " + heapInUseMb() + " MB");
}

// Only the graph that x and y still point to is alive; the other nine were collected.
heapInUseMb();
System.out.println("graphs alive after the loop: x " + count(xs) + " of 10, y " + count(ys) + " of 10");

// Drop the last one too, and everything goes.
x = null;
y = null;
System.out.println("after x = y = null: heap in use " + heapInUseMb() + " MB");
System.out.println("graphs alive: x " + count(xs) + " of 10, y " + count(ys) + " of 10");

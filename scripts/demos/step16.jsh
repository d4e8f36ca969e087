// Step 16: complex graphs (implementation).
// Every variable and function gets a generation: a function's is the largest generation of
// its inputs, its outputs' is one more. Backward always takes the function with the largest
// generation first, so a function runs once, after every gradient of its output has arrived.
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

Variable x = new Variable(2.0);
Variable a = square(x);
Variable b = square(a);
Variable c = square(a);
Variable y = add(b, c);

System.out.println("generations: x " + x.generation + ", a " + a.generation + ", b " + b.generation
        + ", c " + c.generation + ", y " + y.generation);
System.out.println("creators: a <- " + a.creator + ", b <- " + b.creator + ", c <- " + c.creator + ", y <- " + y.creator);

// Watch backward run: D (generation 2), then C and B (generation 1), then A (generation 0).
Map<Function, String> names = new IdentityHashMap<>(Map.of(a.creator, "A", b.creator, "B", c.creator, "C", y.creator, "D"));
try (var watch = Config.listening((f, generation, gys, gxs) ->
        System.out.println("backward of " + names.get(f) + " " + f + ": gy " + gys[0] + " -> gx " + Arrays.toString(gxs)))) {
    y.backward();
}

// The book's check (step 16.4): y = add(square(a), square(a)) with a = square(x), x = 2.
System.out.println("y.data: " + y.data);
System.out.println("x.grad: " + x.grad);

// Higher-order derivatives (the core after step 18: steps 29-33 of the book).
// backward works on Variables, so with createGraph the gradient computation is itself
// recorded as a graph, and x.grad can be differentiated again.

// f(x) = x^4 - 2x^2, f'(x) = 4x^3 - 4x, f''(x) = 12x^2 - 4
Variable f(Variable x) { return sub(pow(x, 4), mul(2.0, pow(x, 2))); }

// y.backward(create_graph=True): f'(2) = 32 - 8 = 24
Variable x = new Variable(2.0);
Variable y = f(x);
y.backward(false, true);
Variable gx = x.grad;
System.out.println("f'(2) = " + gx);

// gx.backward() after x.cleargrad(): f''(2) = 48 - 4 = 44
x.cleargrad();
gx.backward();
System.out.println("f''(2) = " + x.grad);

// Newton's method with both derivatives: x <- x - f'(x) / f''(x), from x = 2 to the
// minimum at x = 1 in 7 steps (gradient descent with a fixed rate needs hundreds).
x = new Variable(2.0);
for (int i = 0; i < 8; i++) {
    System.out.println(i + " " + x);
    y = f(x);
    x.cleargrad();
    y.backward(false, true);
    gx = x.grad;
    x.cleargrad();
    gx.backward();
    Variable gx2 = x.grad;
    x.data = x.data.sub(gx.data.div(gx2.data));
}

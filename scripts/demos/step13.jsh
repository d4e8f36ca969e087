// Step 13: variable-length arguments (backward).
// Add's backward passes the output gradient unchanged to both inputs (dy/dx0 = dy/dx1 = 1);
// Square's backward is 2 * x * gy. Variable.backward now handles several inputs per function.
Variable x = new Variable(2.0);
Variable y = new Variable(3.0);

// z = x^2 + y^2
Variable z = add(square(x), square(y));
z.backward();

System.out.println("z.data: " + z.data);
System.out.println("x.grad: " + x.grad);
System.out.println("y.grad: " + y.grad);

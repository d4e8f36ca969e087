// Step 14: using the same variable more than once.
// y = x + x: both inputs of Add are x, so x must receive gy twice: the gradients are added
// (x.grad = x.grad + gx), not overwritten.
Variable x = new Variable(3.0);
Variable y = add(x, x);
y.backward();
System.out.println("y = add(x, x), x.grad: " + x.grad);

// The catch: gradients keep accumulating across backward calls. Reusing x for a second
// calculation without clearing adds the new gradient (3.0) to the old one (2.0).
y = add(add(x, x), x);
y.backward();
System.out.println("y = add(add(x, x), x) without cleargrad, x.grad: " + x.grad);

// cleargrad() forgets the old gradient, so the second calculation gets its own 3.0.
x.cleargrad();
y = add(add(x, x), x);
y.backward();
System.out.println("the same after x.cleargrad(), x.grad: " + x.grad);

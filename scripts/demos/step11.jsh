// Step 11: variable-length arguments (forward).
// A Function may take several inputs and give several outputs, so Function.call takes
// Variables and returns an array of Variables: the book's `ys = f(xs)` with lists.

// The book's Add: forward receives every input array and returns every output array.
// (Its backward, the gradient gy passed to both inputs, is the subject of step 13.)
class BookAdd extends Function {
    public NDArray[] forward(NDArray... xs) { return new NDArray[] {xs[0].add(xs[1])}; }
    public Variable[] backward(Variable... gys) { return new Variable[] {gys[0], gys[0]}; }
}

// xs = [Variable(np.array(2)), Variable(np.array(3))]; f = Add(); ys = f(xs); y = ys[0]
Variable[] xs = {new Variable(2.0), new Variable(3.0)};
Function f = new BookAdd();
Variable[] ys = f.call(xs);
Variable y = ys[0];
System.out.println("number of outputs: " + ys.length);
System.out.println("y.data: " + y.data);

// The function remembers what it was called with: its inputs and (weakly) its outputs.
System.out.println("y.creator: " + y.creator);
System.out.println("f.inputs(): " + f.inputs());

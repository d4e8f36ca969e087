// dezero-j in JShell: the engine's imports plus a few one-line helpers (replayed on /reset).
import dezero.core.*;
import dezero.core.Function;
import static dezero.functions.Functions.*;
import dezero.layers.*;
import dezero.models.*;
import dezero.optimizers.*;
import dezero.datasets.*;
import dezero.dataloaders.*;
import dezero.plot.Plot;
Variable variable(double value) { return new Variable(value); }
Variable variable(double... values) { return new Variable(NDArray.of(values)); }
Variable variable(double[][] rows) { return new Variable(NDArray.of(rows)); }
void show(Variable v) { System.out.println((v.name == null ? "" : v.name + " = ") + v + "  grad: " + (v.grad == null ? "None" : v.grad)); }

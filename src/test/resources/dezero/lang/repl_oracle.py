# The oracle for the REPL tests: CPython 3.11 and the real DeZero (peers/dezero) compute every
# value; the REPL's own rules format it (name = repr(value), an expression's repr, a trailing ;
# silences, backward NAME [retain] reports every grad, cleargrad, nograd on|off). Lines come on
# stdin or in a file; each is printed after ">>> ", then what the REPL should print, or for an error
# "Kind: message". Run it as peers/README.md says:
#   PYTHONPATH=../shared/peers/dezero:../shared/peers/stubs python3 -W ignore repl_oracle.py lines.txt
import ast, sys, builtins, traceback
import math
import numpy as np
import dezero
import dezero.functions as F
import dezero.layers as L
from dezero import Variable, Parameter, Function, Model, Layer, DataLoader, optimizers, datasets, no_grad, using_config, test_mode, as_variable, as_array
from dezero.models import MLP
g = {'__name__': '__main__'}
for n in ['math','np','dezero','F','L','Variable','Parameter','Function','Model','Layer','DataLoader','optimizers','datasets','no_grad','using_config','test_mode','as_variable','as_array','MLP']:
    g[n] = globals()[n]
import types
for n, v in vars(F).items():
    if not n.startswith('_') and not hasattr(builtins, n) and n not in g and not isinstance(v, types.ModuleType):
        g[n] = v
# DeZero's final package has no square; the book's (steps 9-32) is this Function.
class Square(Function):
    def forward(self, x): return x ** 2
    def backward(self, gy):
        x, = self.inputs
        return 2 * x * gy
def square(x): return Square()(x)
g['square'] = square
pre = dict(g)
def user_vars():
    return [(k, v) for k, v in g.items() if isinstance(v, Variable) and not (k in pre and pre[k] is v)]
def report():
    for k, v in user_vars():
        if v.grad is not None:
            r = repr(v.grad); p = k + '.grad = '
            print(p + r.replace('\n', '\n' + ' ' * len(p)))
def run(line):
    s = line.strip()
    w = s.split()
    silent = s.endswith(';')
    if w and w[0] == 'backward':
        v = g[w[1]]; before = {id(x): x.grad for _, x in user_vars()}
        v.backward(retain_grad='retain' in w, create_graph='create_graph' in w)
        if not silent: report()
        return
    if w and w[0] == 'nograd':
        dezero.Config.enable_backprop = w[1] == 'off'
        return
    if w and w[0] == 'cleargrad':
        for k, v in user_vars():
            if len(w) == 1 or k in w[1:]: v.cleargrad()
        return
    tree = ast.parse(line)
    for st in tree.body:
        if isinstance(st, ast.Expr):
            v = eval(compile(ast.Expression(st.value), '<stdin>', 'eval'), g)
            if v is not None and not silent: print(repr(v))
            continue
        exec(compile(ast.Module([st], []), '<stdin>', 'exec'), g)
        if silent: continue
        tg = st.targets if isinstance(st, ast.Assign) else [st.target] if isinstance(st, (ast.AugAssign, ast.AnnAssign)) else []
        def echo(t):
            if isinstance(t, (ast.Tuple, ast.List)):
                for e in t.elts: echo(e)
            elif isinstance(t, ast.Starred): echo(t.value)
            elif isinstance(t, (ast.Name, ast.Attribute)):
                txt = ast.unparse(t); v = eval(txt, g); p = txt + ' = '
                print(p + repr(v).replace('\n', '\n' + ' ' * len(p)))
        for t in tg: echo(t)
src = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
for line in src.split('\n'):
    if not line.strip(): continue
    print('>>> ' + line)
    try:
        run(line)
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))

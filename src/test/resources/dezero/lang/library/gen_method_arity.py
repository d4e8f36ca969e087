"""Generates method_arity.tsv: what CPython 3.11 says when a method of str, list, tuple, dict, set,
int or float is called with 0 to 5 positional arguments. Only its argument-count messages are kept; any
other outcome (a result, or an error about the arguments' values or types) is written "other".
Run with CPython 3.11: python3 gen_method_arity.py > method_arity.tsv"""
import re

ARITY = re.compile(r"takes no arguments|takes exactly one argument|expected at (least|most) \d+ arguments?, got"
                   r"|takes at (least|most) \d+ arguments? \(\d+ given\)|expected \d+ arguments?, got")
SAMPLES = {'str': "'a b'", 'list': "[3, 1, 2]", 'tuple': "(3, 1, 2)", 'dict': "{'a': 1}", 'set': "{1, 2}",
           'int': "(7)", 'float': "(2.5)"}

print("# type\tmethod\tpositional arguments\tCPython's TypeError message, or other")
for tname, sample in SAMPLES.items():
    t = eval(tname)
    for m in sorted(n for n in dir(t) if not n.startswith('_')):
        for n in range(6):
            args = ', '.join(['0'] * n)
            try:
                eval(f"{sample}.{m}({args})")
                out = 'other'
            except TypeError as e:
                out = str(e) if ARITY.search(str(e)) else 'other'
            except Exception:
                out = 'other'
            print(f"{tname}\t{m}\t{n}\t{out}")

#!/usr/bin/env python3
"""Fills the outputs of the classroom notebooks scripts/demos/stepNN.ipynb (steps 11-18) with what
python3 and DeZero print for their code cells, so that NotebooksIT holds the kernel to them.

Each notebook's code cells run in order in one namespace, as the kernel runs them: the namespace
starts with the session's imports (numpy as np, math, dezero, F, L, Variable, Function, ...,
and DeZero's functions whose names are not builtins); a top-level assignment is echoed as
`name = repr(value)` and the value of an expression statement is the cell's result, as the
dezero REPL does (a statement whose last line ends with ';' is quiet). A top-level line
`graph NAME` is the kernel's picture of a graph, not Python: it is left out here, and
NotebooksIT checks its picture by structure (a PNG), not by text.

The oracle is the python3 with numpy 2.4 and DeZero's source (../shared/peers/dezero and the
stubs beside it, or --peers DIR).
Rerun after editing a notebook's cells:  python3 scripts/gen/demo_notebooks.py
Check the outputs are current:           python3 scripts/gen/demo_notebooks.py --check
Exit status: 0 current (or rewritten), 1 stale, 2 no oracle here (numpy or DeZero missing).
"""
import ast
import builtins
import contextlib
import io
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
DEMOS = ROOT / "scripts" / "demos"
STEPS = range(11, 19)
COMMAND = re.compile(r"^graph\s+\w+\s*$")

# The kernel's session starts with these lines (dezero.lang.Session's prelude).
PRELUDE = (ROOT / "src" / "main" / "resources" / "dezero" / "lang" / "prelude.py").read_text(encoding="utf-8")


def session_globals():
    g = {"__name__": "__main__"}
    exec(PRELUDE, g)
    for name in dir(g["F"]):
        value = getattr(g["F"], name)
        if not name.startswith("_") and not hasattr(builtins, name) and name not in g \
                and type(value).__name__ != "module":
            g[name] = value
    return g


def dotted(target):
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        base = dotted(target.value)
        return None if base is None else base + "." + target.attr
    return None


def echoed(target):
    """The targets the REPL echoes, in order: names and dotted attributes, tuples and lists unpacked."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return [t for e in target.elts for t in echoed(e)]
    if isinstance(target, ast.Starred):
        return echoed(target.value)
    return [target] if dotted(target) is not None else []


def quiet(lines, stmt):
    line = lines[stmt.end_lineno - 1]
    return line.split("#", 1)[0].rstrip().endswith(";")


def run_cell(source, g, filename):
    """The cell's outputs as (kind, text): kind 'stream' (printed and echoed lines) or 'result'."""
    lines = ["" if COMMAND.match(line) else line for line in source.split("\n")]
    tree = ast.parse("\n".join(lines), filename)
    out = []
    buffer = io.StringIO()

    def flush():
        if buffer.getvalue():
            out.append(("stream", buffer.getvalue()))
            buffer.seek(0)
            buffer.truncate()

    with contextlib.redirect_stdout(buffer):
        for stmt in tree.body:
            silent = quiet(lines, stmt)
            if isinstance(stmt, ast.Expr):
                value = eval(compile(ast.Expression(stmt.value), filename, "eval"), g)
                if value is not None and not silent:
                    flush()
                    out.append(("result", repr(value)))
                continue
            exec(compile(ast.Module([stmt], []), filename, "exec"), g)
            targets = stmt.targets if isinstance(stmt, ast.Assign) \
                else [stmt.target] if isinstance(stmt, ast.AugAssign) \
                else [stmt.target] if isinstance(stmt, ast.AnnAssign) and stmt.value is not None else []
            if not silent:
                for target in (t for t in targets for t in echoed(t)):
                    prefix = dotted(target) + " = "
                    read = ast.fix_missing_locations(ast.Expression(ast.copy_location(_load(target), target)))
                    value = eval(compile(read, filename, "eval"), g)
                    print(prefix + repr(value).replace("\n", "\n" + " " * len(prefix)))
    flush()
    return out


def _load(target):
    """The target read back: the same name or attribute in a Load context."""
    if isinstance(target, ast.Name):
        return ast.Name(target.id, ast.Load())
    return ast.Attribute(_load(target.value), target.attr, ast.Load())


def lines_of(text):
    return text.splitlines(keepends=True)


def with_outputs(nb):
    g = session_globals()
    count = 0
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        count += 1
        outputs = []
        for kind, text in run_cell("".join(cell["source"]), g, f"<cell {count}>"):
            if kind == "stream":
                outputs.append({"name": "stdout", "output_type": "stream", "text": lines_of(text)})
            else:
                outputs.append({"data": {"text/plain": lines_of(text)}, "execution_count": count,
                                "metadata": {}, "output_type": "execute_result"})
        cell["execution_count"] = count
        cell["outputs"] = outputs
    return nb


def main(argv):
    check = "--check" in argv
    peers = pathlib.Path(argv[argv.index("--peers") + 1]) if "--peers" in argv else ROOT.parent / "shared" / "peers"
    sys.path[:0] = [str(peers / "dezero"), str(peers / "stubs")]
    try:
        import numpy
        import dezero  # noqa: F401
    except ImportError as e:
        print(f"no oracle here: {e} (needs numpy and DeZero's source in {peers})", file=sys.stderr)
        return 2
    if not numpy.__version__.startswith("2."):
        print(f"no oracle here: numpy {numpy.__version__}, the outputs are numpy 2's", file=sys.stderr)
        return 2
    stale = []
    for step in STEPS:
        target = DEMOS / f"step{step}.ipynb"
        old = target.read_text(encoding="utf-8")
        text = json.dumps(with_outputs(json.loads(old)), indent=1, ensure_ascii=False) + "\n"
        if check:
            if old != text:
                stale.append(target.name)
        elif old != text:
            target.write_text(text, encoding="utf-8")
            print("wrote", target)
    if stale:
        print("outputs out of date (rerun python3 scripts/gen/demo_notebooks.py):", " ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

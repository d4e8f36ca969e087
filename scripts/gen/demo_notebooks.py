#!/usr/bin/env python3
"""Makes scripts/demos/stepNN.ipynb (steps 11-18) from the REPL demos scripts/demos/stepNN.dz.

A demo is paragraphs separated by blank lines. In each paragraph the comment lines before the
first line of code become a Markdown cell (the first paragraph's first line is the title), the
rest a code cell that the kernel runs as the REPL runs the lines. So the code cells, run in
order, print exactly the demo's golden output stepNN.out.

Rerun after editing a demo:   python3 scripts/gen/demo_notebooks.py
Check they are up to date:    python3 scripts/gen/demo_notebooks.py --check   (exit 1 if not)
Only the standard library is used.
"""
import json
import pathlib
import sys

DEMOS = pathlib.Path(__file__).resolve().parent.parent / "demos"
STEPS = range(11, 19)


def paragraphs(text):
    block = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def cells(name, text):
    out = []
    for i, block in enumerate(paragraphs(text)):
        n = 0
        while n < len(block) and block[n].lstrip().startswith("#"):
            n += 1
        prose = [line.lstrip()[1:].removeprefix(" ") for line in block[:n]]
        if prose:
            if i == 0:
                prose[0] = "# " + prose[0]
                prose.insert(1, "")
            out.append(cell(name, len(out), "markdown", prose))
        if block[n:]:
            out.append(cell(name, len(out), "code", block[n:]))
    return out


def cell(name, index, kind, lines):
    c = {"cell_type": kind, "id": f"{name}-{index}", "metadata": {},
         "source": [line + "\n" for line in lines[:-1]] + lines[-1:]}
    if kind == "code":
        c["execution_count"] = None
        c["outputs"] = []
    return c


def notebook(name, text):
    return {
        "cells": cells(name, text),
        "metadata": {
            "kernelspec": {"display_name": "DeZero (Java)", "language": "python", "name": "dezero"},
            "language_info": {"name": "python", "file_extension": ".dz", "mimetype": "text/x-python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def main(argv):
    check = "--check" in argv
    stale = []
    for step in STEPS:
        dz = DEMOS / f"step{step}.dz"
        target = dz.with_suffix(".ipynb")
        text = json.dumps(notebook(dz.stem, dz.read_text(encoding="utf-8")), indent=1, ensure_ascii=False) + "\n"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
            print("wrote", target)
    if stale:
        print("out of date (rerun python3 scripts/gen/demo_notebooks.py):", " ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

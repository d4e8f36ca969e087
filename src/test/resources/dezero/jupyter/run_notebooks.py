"""Executes notebooks with nbclient (Jupyter's own client) on the kernelspec 'dezero' found on
JUPYTER_PATH, and writes the executed notebooks into OUTDIR. Used by NotebooksIT.

    python3 run_notebooks.py OUTDIR NOTEBOOK...
"""
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient


def main(outdir, notebooks):
    out = pathlib.Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for path in map(pathlib.Path, notebooks):
        started = time.monotonic()
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, kernel_name="dezero", timeout=60, startup_timeout=60,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        nbformat.write(nb, out / path.name)
        print(f"{path.name}: executed in {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

"""Executes notebooks with nbclient (Jupyter's own client) on the kernelspec 'dezero' found on
JUPYTER_PATH, a few at a time, and writes the executed notebooks into OUTDIR. Used by NotebooksIT.

    python3 run_notebooks.py OUTDIR NOTEBOOK...
"""
import asyncio
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient

AT_ONCE = 4


async def run(path, out, slots):
    async with slots:
        started = time.monotonic()
        nb = nbformat.read(path, as_version=4)
        await NotebookClient(nb, kernel_name="dezero", timeout=60, startup_timeout=60,
                             resources={"metadata": {"path": str(path.parent)}}).async_execute()
        nbformat.write(nb, out / path.name)
        print(f"{path.name}: executed in {time.monotonic() - started:.1f} s", flush=True)


async def main(outdir, notebooks):
    out = pathlib.Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    slots = asyncio.Semaphore(AT_ONCE)
    await asyncio.gather(*(run(pathlib.Path(p), out, slots) for p in notebooks))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2:]))

#!/usr/bin/env python3
"""Time to the first prompt of one or more launchers, interleaved, as a person sees it.

For each launcher, three timings per round: the REPL under a pseudo-terminal until its prompt
('>>> ') is printed; until it answers a line typed at that prompt ('6 * 7' gives '42', so the
session and the line editor are ready, whatever was drawn before them); and
`LAUNCHER -e 'x = 1'` until it exits. Rounds alternate the launchers
so a noisy minute hits all of them alike; prints medians and ranges in milliseconds, of the
wall time and of the CPU time (user + system) the launcher and its JVM used, which a busy
machine inflates less.

Usage: bench/first_prompt.py [--rounds R] LAUNCHER...   (e.g. scripts/dezero)
"""
import argparse
import fcntl
import os
import pty
import resource
import select
import signal
import statistics
import struct
import subprocess
import termios
import time

PROMPT = b">>> "


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def to_prompt(launcher, timeout=60.0, answer=False):
    """Seconds from spawning the REPL under a pty to its first prompt, or with answer to its
    answer to a line typed at that prompt (wall, and CPU up to the kill)."""
    cpu = children_cpu()
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # A terminal of 80 x 24: with no size, the line editor cuts the prompt to the width.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvp(launcher, [launcher])
    seen = b""
    typed = False
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(fd, 4096)
                except OSError as e:
                    raise RuntimeError(f"{launcher}: ended before its prompt: {seen[-200:]!r}") from e
                if not answer and PROMPT in seen:
                    wall = time.perf_counter() - start
                    break
                if answer and PROMPT in seen and not typed:
                    os.write(fd, b"6 * 7\r")
                    typed = True
                if answer and b"42\n" in seen.replace(b"\r", b""):
                    wall = time.perf_counter() - start
                    break
        else:
            raise RuntimeError(f"{launcher}: no prompt within {timeout} s: {seen[-200:]!r}")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    return wall, children_cpu() - cpu


def dash_e(launcher):
    """Seconds for `LAUNCHER -e 'x = 1'` to run and exit (wall, CPU)."""
    cpu = children_cpu()
    start = time.perf_counter()
    subprocess.run([launcher, "-e", "x = 1"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("launchers", nargs="+")
    args = p.parse_args()
    times = {(l, kind): [] for l in args.launchers for kind in ("prompt", "answer", "-e")}
    for launcher in args.launchers:  # warm-up: builds the jar and the archive, fills the page cache
        dash_e(launcher)
        to_prompt(launcher)
    for r in range(args.rounds):
        order = args.launchers if r % 2 == 0 else list(reversed(args.launchers))
        for launcher in order:
            times[(launcher, "prompt")].append(to_prompt(launcher))
            times[(launcher, "answer")].append(to_prompt(launcher, answer=True))
            times[(launcher, "-e")].append(dash_e(launcher))
    for (launcher, kind), ts in times.items():
        wall = [t[0] * 1000 for t in ts]
        cpu = [t[1] * 1000 for t in ts]
        print(f"{launcher:28s} {kind:7s} wall median {statistics.median(wall):5.0f} ms "
              f"(range {min(wall):.0f}-{max(wall):.0f}), CPU median {statistics.median(cpu):5.0f} ms "
              f"(range {min(cpu):.0f}-{max(cpu):.0f}), {len(ts)} runs")


if __name__ == "__main__":
    main()

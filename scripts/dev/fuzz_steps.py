"""Mutates the book's steps and compares dezero-j with python3 + DeZero on each mutant.

Each trial takes a step from ../shared/peers/dezero/steps, changes one thing, runs the result
under `python3` (with DeZero and a no-op matplotlib on PYTHONPATH) and under `scripts/dezero`,
and reports where the exit codes, standard output or last lines of standard error differ: the
way to find errors that are not CPython's (a message, a hint, a Java exception that leaked).

    python3 scripts/dev/fuzz_steps.py [--mode text|tokens|numbers] [--seed N] [--trials N]

Modes: `text` deletes, duplicates, swaps or inserts one character (syntax errors); `tokens`
replaces a name or a number by another of the file's, or by None, a string, a list (runtime
errors); `numbers` replaces a number by an edge value (0, -1, 1e300, an empty tuple ...) and
reports only Java exceptions that leaked ("internal error"). Mutants that differ are kept as
fuzz_SEED_TRIAL.py in the working directory. Expect differences that are the environment's:
MNIST downloads, unseeded randomness (dropout), numpy's own traceback frames, the oracle's stub.
"""
import argparse
import glob
import io
import os
import random
import subprocess
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PEERS = os.path.join(os.path.dirname(ROOT), "shared", "peers")
# steps that download datasets or pretrained weights, or draw unseeded data
SKIP = {"51", "52", "53", "54", "58", "59", "60"}
KEYWORDS = {"def", "class", "import", "from", "return", "if", "else", "for", "in", "while", "with", "as",
            "not", "and", "or", "is", "None", "True", "False", "lambda", "pass"}


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def mutate_text(rng, src):
    i = rng.randrange(len(src))
    kind = rng.choice(["delete", "duplicate", "swap", "insert"])
    if kind == "delete":
        return src[:i] + src[i + 1:]
    if kind == "duplicate":
        return src[:i] + src[i] + src[i:]
    if kind == "swap" and i + 1 < len(src):
        return src[:i] + src[i + 1] + src[i] + src[i + 2:]
    return src[:i] + rng.choice("()[]{}:,.=+-*/'\"#\\ \t\nx0") + src[i:]


def replace_token(src, tok, new):
    lines = src.split("\n")
    line = lines[tok.start[0] - 1]
    lines[tok.start[0] - 1] = line[:tok.start[1]] + new + line[tok.end[1]:]
    return "\n".join(lines)


def mutate_tokens(rng, src, numbers_only):
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    names = [t for t in toks if t.type == tokenize.NAME and t.string not in KEYWORDS]
    nums = [t for t in toks if t.type == tokenize.NUMBER]
    if numbers_only:
        if not nums:
            return None
        edge = ["0", "-1", "-3", "1000", "0.0", "-0.5", "1e300", "(3, 0)", "(0,)", "2 ** 40", "np.nan", "[]", "()"]
        return replace_token(src, rng.choice(nums), rng.choice(edge))
    if rng.random() < 0.3 and nums:
        new = rng.choice(["0", "1", "-1", "2", "0.0", "3", "(2, 3)", "[1]", "'a'", "None"])
        return replace_token(src, rng.choice(nums), new)
    if not names:
        return None
    new = rng.choice(names).string if rng.random() < 0.7 else rng.choice(
        ["None", "1", "'s'", "np", "x.data", "[1, 2]", "np.array([1, 2])"])
    return replace_token(src, rng.choice(names), new)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=["text", "tokens", "numbers"], default="text")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--trials", type=int, default=50)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    steps = [p for p in sorted(glob.glob(os.path.join(PEERS, "dezero", "steps", "step*.py")))
             if os.path.basename(p)[4:6] not in SKIP]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [os.path.join(ROOT, "bench", "stubs"), os.path.join(PEERS, "dezero"), os.path.join(PEERS, "stubs")]))
    dezero = os.path.join(ROOT, "scripts", "dezero")
    differ = 0
    for trial in range(args.trials):
        step = rng.choice(steps)
        src = open(step, encoding="utf-8").read()
        mutant = mutate_text(rng, src) if args.mode == "text" else mutate_tokens(rng, src, args.mode == "numbers")
        if mutant is None:
            continue
        name = "fuzz_%d_%d.py" % (args.seed, trial)
        with open(name, "w", encoding="utf-8") as f:
            f.write(mutant)
        try:
            ours = subprocess.run([dezero, name], capture_output=True, text=True, timeout=120)
            if args.mode == "numbers":
                same = "internal error" not in ours.stderr
                theirs = None
            else:
                theirs = subprocess.run(["python3", "-W", "ignore", name], capture_output=True, text=True, env=env,
                                        timeout=120)
                same = (theirs.returncode == ours.returncode and theirs.stdout == ours.stdout
                        and last_line(theirs.stderr) == last_line(ours.stderr))
        except subprocess.TimeoutExpired:
            print("--- %s: timed out" % name)
            continue
        if same:
            os.remove(name)
            continue
        differ += 1
        print("--- %s (from %s)" % (name, os.path.basename(step)))
        if theirs is not None:
            print("  python3:  exit %d, %s" % (theirs.returncode, last_line(theirs.stderr)[:200]))
        print("  dezero-j: exit %d, %s" % (ours.returncode, last_line(ours.stderr)[:200]))
    print("%d of %d mutants differ" % (differ, args.trials))


if __name__ == "__main__":
    main()

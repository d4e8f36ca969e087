# A no-op matplotlib for timing whole programs on the Python side (bench/peers.sh --programs): the
# book's steps end by plotting, and the peers' stub raises on every plt call, so a program that
# plots could not be timed at all. Every name is a callable that does nothing and returns itself.
from ._noop import NOOP as _NOOP


def __getattr__(name):
    return _NOOP

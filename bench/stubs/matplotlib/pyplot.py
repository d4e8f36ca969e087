# See __init__.py: every plt.<name> is a no-op.
from ._noop import NOOP as _NOOP


def __getattr__(name):
    return _NOOP

class _NoOp:
    """Calls, attributes, indexing and unpacking all give the no-op again, so `fig, ax = plt.subplots()` works."""

    def __call__(self, *args, **kwargs):
        return self

    def __getattr__(self, name):
        return self

    def __getitem__(self, key):
        return self

    def __iter__(self):
        return iter((self, self))


NOOP = _NoOp()

# zip(strict=True) and its errors naming the argument that is longer or shorter, as CPython 3.11.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: list(zip([1, 2], 'ab', strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
attempt(lambda: list(zip([1], [1], [3, 4], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=False)))
attempt(lambda: list(zip([1], foo=1)))
attempt(lambda: list(zip(strict=True)))

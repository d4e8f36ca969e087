# list.index and tuple.index with start and stop, clamped and typed as CPython 3.11 has them.
print([1, 2, 1].index(1, 1), [1, 2, 1].index(1, -1), (1, 2, 1).index(1, 1, 3), [1, 2, 1].index(2, -100, 100), [1, 2].index(2, True))
for c in ['[1,2,1].index(1, 1, 2)', '[1].index(1, None)', '[1].index(1, 1.5)', '(1,2).index(2, 0, 1)', '[1,2].index(2, 2**70)', '[1,2].index(1, -2**70)']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)

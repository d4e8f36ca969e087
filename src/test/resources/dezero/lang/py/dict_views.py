# dict.keys(), values() and items() are views: their reprs, live contents, set operations on keys
# and items, membership, reversal and comparison, as CPython 3.11 has them.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, type(k).__name__, type(v).__name__, type(i).__name__)
d['c'] = 3
print(k, len(v), list(i), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i, bool({}.keys()))
print(k & {'a', 'z'}, sorted(k | ['z']), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted({'a', 'z'} & k))
print(sorted(i & {('a', 1)}), k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], v == v, list(reversed(k)), list(reversed(i)))
print(sorted(d.keys()), max(d.values()), dict(d.items()), [key for key in d.keys()], k.isdisjoint(['x']), k.isdisjoint('a'))
for key, val in d.items():
    print(key, val)
try:
    d.keys()[0]
except TypeError as e:
    print('TypeError', e)
try:
    hash(k)
except TypeError as e:
    print('TypeError', e)
try:
    v & {1}
except TypeError as e:
    print('TypeError', e)
print(repr({}.items()), str(d.values()), f'{k}')

# Uncaught errors inside nested calls print CPython's traceback and exit 1.
def inner(x):
    return x + undefined_name


def outer(x):
    return inner(x) * 2


print('before')
outer(1)
print('never')

# CPython 3.11 looks for a NameError's hint in the function's own variables first (bound or not,
# in the order the code declares them), then in the globals, then in the builtins
x = 1
def f(inputs):
    try:
        print(xs)
    except NameError as e:
        print("caught", e)
    ys = inputs
    return ys
f(2)
total_sum = 3
def g():
    count = 0
    return totl_sum
g()

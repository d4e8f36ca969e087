x = 1
print(x)
def f(:
    pass

# an unindent to no outer level: CPython reports it with a caret at the end of the line
def f():
        x = 1
    y = 2

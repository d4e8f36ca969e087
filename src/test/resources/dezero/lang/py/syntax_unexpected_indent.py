# an indented line where none may start: CPython reports it without a caret
x = 1
  y = 2

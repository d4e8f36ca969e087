# CPython's builtins hold True, False and None, so a typo of them gets a hint
flag = Trrue

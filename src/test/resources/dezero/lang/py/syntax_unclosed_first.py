# a parse error in a line and a bracket opened before it: the bracket is what CPython reports
def f(self, # data):
    self.data = data

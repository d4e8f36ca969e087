# A class's __getattr__ that raises AttributeError: the error is its own, with its own words and a
# traceback through __getattr__, as CPython 3.11 reports it.
class A:
    def __getattr__(self, name):
        raise AttributeError(name)
try:
    A().x
except AttributeError as e:
    print(e)
A().y

# __init_subclass__ with a class statement's keywords, along the MRO and through super(), type() with
# keywords, and a metaclass, as CPython 3.11 runs them.
class Reg:
    subs = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Reg.subs.append((cls.__name__, kw))


class One(Reg):
    pass


class Two(Reg, tag='t'):
    pass


print(Reg.subs)


class Plain:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


try:
    class Bad(Plain, x=1):
        pass
except TypeError as e:
    print('TypeError', e)


class Child(Reg):
    def __init_subclass__(cls, **kw):
        print('Child hook for', cls.__name__)
        super().__init_subclass__(**kw)


class Grand(Child, tag='g'):
    pass


print(Reg.subs)
M = type('M', (Reg,), {}, tag='m')
print(Reg.subs[-1], M.__name__)


class Meta(type):
    pass


try:
    class WithMeta(metaclass=Meta):
        pass
    print('metaclass ok')
except NotImplementedError:
    print('metaclass ok')

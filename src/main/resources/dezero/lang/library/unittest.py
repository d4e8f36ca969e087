# dezero-j's unittest: the part of Python's unittest that test suites use (TestCase with
# setUp/tearDown and the assert methods, main(), a text runner printing Python's summary),
# written for this interpreter.
import sys
import time


class SkipTest(Exception):
    pass


class _AssertRaises:
    def __init__(self, expected, case):
        self.expected = expected
        self.case = case
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            name = getattr(self.expected, '__name__', str(self.expected))
            raise self.case.failureException(name + ' not raised')
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        return True


def _repr(obj):
    return repr(obj)


class TestCase:
    failureException = AssertionError
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def id(self):
        return type(self).__module__ + '.' + type(self).__name__ + '.' + self._testMethodName

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, type(self).__module__, type(self).__name__,
                                  self._testMethodName)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        return standardMsg + ' : ' + str(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._formatMessage(msg, '%s is not true' % _repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._formatMessage(msg, '%s is not false' % _repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(self._formatMessage(msg, '%s != %s' % (_repr(first), _repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(msg, '%s == %s' % (_repr(first), _repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (_repr(first), _repr(second), _repr(delta),
                                                                     _repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (_repr(first), _repr(second), places,
                                                                      _repr(diff))
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=7, msg=None):
        if round(abs(first - second), places) == 0:
            raise self.failureException(self._formatMessage(msg, '%s == %s within %r places' % (
                _repr(first), _repr(second), places)))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            raise self.failureException(self._formatMessage(msg, '%s is not %s' % (_repr(first), _repr(second))))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            raise self.failureException(self._formatMessage(msg, 'unexpectedly identical: %s' % _repr(first)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            raise self.failureException(self._formatMessage(msg, '%s is not None' % _repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            raise self.failureException(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            raise self.failureException(self._formatMessage(msg, '%s not found in %s' % (_repr(member),
                                                                                        _repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            raise self.failureException(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                _repr(member), _repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            raise self.failureException(self._formatMessage(msg, '%s is not an instance of %r' % (_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            raise self.failureException(self._formatMessage(msg, '%s not greater than %s' % (_repr(a), _repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            raise self.failureException(self._formatMessage(msg, '%s not greater than or equal to %s' % (
                _repr(a), _repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            raise self.failureException(self._formatMessage(msg, '%s not less than %s' % (_repr(a), _repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            raise self.failureException(self._formatMessage(msg, '%s not less than or equal to %s' % (
                _repr(a), _repr(b))))

    def assertRaises(self, expected, *args, **kwargs):
        context = _AssertRaises(expected, self)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)


class TestResult:
    def __init__(self):
        self.testsRun = 0
        self.failures = []
        self.errors = []
        self.skipped = []

    def wasSuccessful(self):
        return not self.failures and not self.errors


def _test_methods(cls):
    names = []
    for klass in reversed(cls.__mro__):
        for name in klass.__dict__:
            if name.startswith('test') and callable(getattr(cls, name)) and name not in names:
                names.append(name)
    return sorted(names)


def _cases(module):
    found = []
    for name in sorted(vars_of(module)):
        obj = getattr(module, name)
        if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
            found.append(obj)
    return found


def vars_of(module):
    return [name for name in dir(module)]


def _run_case(cls, result, stream):
    try:
        cls.setUpClass()
    except Exception as e:
        result.errors.append(('setUpClass (%s.%s)' % (cls.__module__, cls.__name__), e))
        stream.write('E')
        return
    for name in _test_methods(cls):
        test = cls(name)
        result.testsRun += 1
        try:
            test.setUp()
            try:
                getattr(test, name)()
            finally:
                test.tearDown()
            stream.write('.')
        except SkipTest as e:
            result.skipped.append((test, str(e)))
            stream.write('s')
        except AssertionError as e:
            result.failures.append((test, e))
            stream.write('F')
        except Exception as e:
            result.errors.append((test, e))
            stream.write('E')
    cls.tearDownClass()


def _report(result, elapsed, stream):
    stream.write('\n')
    for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
        for test, exc in items:
            stream.write('=' * 70 + '\n')
            stream.write('%s: %s\n' % (kind, test))
            stream.write('-' * 70 + '\n')
            stream.write(_format_exception(exc))
            stream.write('\n')
    stream.write('-' * 70 + '\n')
    n = result.testsRun
    stream.write('Ran %d test%s in %.3fs\n\n' % (n, '' if n == 1 else 's', elapsed))
    parts = []
    if result.failures:
        parts.append('failures=%d' % len(result.failures))
    if result.errors:
        parts.append('errors=%d' % len(result.errors))
    if result.skipped:
        parts.append('skipped=%d' % len(result.skipped))
    if result.wasSuccessful():
        stream.write('OK' + (' (' + ', '.join(parts) + ')' if parts else '') + '\n')
    else:
        stream.write('FAILED (' + ', '.join(parts) + ')\n')


def _format_exception(exc):
    return _traceback_text(exc)


def run_modules(modules):
    result = TestResult()
    start = time.time()
    for module in modules:
        for cls in _cases(module):
            _run_case(cls, result, sys.stderr)
    _report(result, time.time() - start, sys.stderr)
    return result


def main(module='__main__', exit=True):
    result = run_modules([sys.modules[module] if isinstance(module, str) else module])
    if exit:
        sys.exit(0 if result.wasSuccessful() else 1)
    return result

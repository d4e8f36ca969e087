# dezero.utils for dezero-j: the graph picture (DeZero's DOT text, drawn by Graphviz's dot) and
# the numeric helpers DeZero's tests use, written for this interpreter over numpy and F.
import os
import numpy as np
from dezero.core import Variable, as_variable


def _dot_var(v, verbose=False):
    name = '' if v.name is None else v.name
    if verbose and v.data is not None:
        if v.name is not None:
            name += ': '
        name += str(v.shape) + ' ' + str(v.dtype)
    return '{} [label="{}", color=orange, style=filled]\n'.format(id(v), name)


def _dot_func(f):
    text = '{} [label="{}", color=lightblue, style=filled, shape=box]\n'.format(id(f), f.__class__.__name__)
    for x in f.inputs:
        text += '{} -> {}\n'.format(id(x), id(f))
    for y in f.outputs:
        text += '{} -> {}\n'.format(id(f), id(y()))
    return text


def get_dot_graph(output, verbose=True):
    txt = ''
    funcs = []
    seen = set()

    def add_func(f):
        if f not in seen:
            funcs.append(f)
            seen.add(f)

    add_func(output.creator)
    txt += _dot_var(output, verbose)
    while funcs:
        func = funcs.pop()
        txt += _dot_func(func)
        for x in func.inputs:
            txt += _dot_var(x, verbose)
            if x.creator is not None:
                add_func(x.creator)
    return 'digraph g {\n' + txt + '}'


def plot_dot_graph(output, verbose=True, to_file='graph.png'):
    dot_graph = get_dot_graph(output, verbose)
    tmp_dir = os.path.join(os.path.expanduser('~'), '.dezero')
    if not os.path.exists(tmp_dir):
        os.mkdir(tmp_dir)
    graph_path = os.path.join(tmp_dir, 'tmp_graph.dot')
    _run_dot(dot_graph, graph_path, os.path.splitext(to_file)[1][1:], to_file)


def sum_to(x, shape):
    ndim = len(shape)
    lead = x.ndim - ndim
    lead_axis = tuple(range(lead))
    axis = tuple([i + lead for i, sx in enumerate(shape) if sx == 1])
    y = x.sum(lead_axis + axis, keepdims=True)
    if lead > 0:
        y = y.squeeze(lead_axis)
    return y


def reshape_sum_backward(gy, x_shape, axis, keepdims):
    ndim = len(x_shape)
    tupled_axis = axis
    if axis is None:
        tupled_axis = None
    elif not isinstance(axis, tuple):
        tupled_axis = (axis,)
    if not (ndim == 0 or tupled_axis is None or keepdims):
        actual_axis = [a if a >= 0 else a + ndim for a in tupled_axis]
        shape = list(gy.shape)
        for a in sorted(actual_axis):
            shape.insert(a, 1)
    else:
        shape = gy.shape
    return gy.reshape(shape)


def logsumexp(x, axis=1):
    m = x.max(axis=axis, keepdims=True)
    y = x - m
    s = np.exp(y).sum(axis=axis, keepdims=True)
    return np.log(s) + m


def max_backward_shape(x, axis):
    if axis is None:
        axis = range(x.ndim)
    elif isinstance(axis, int):
        axis = (axis,)
    return [s if ax not in axis else 1 for ax, s in enumerate(x.shape)]


def numerical_grad(f, x, *args, **kwargs):
    eps = 1e-4
    x = x.data if isinstance(x, Variable) else x
    grad = np.zeros_like(x)
    flat = x.reshape(-1) if x.ndim > 0 else None
    for i in range(x.size):
        index = np.unravel_index(i, x.shape) if x.ndim > 0 else ()
        tmp = float(x[index])
        x[index] = tmp + eps
        y1 = f(x, *args, **kwargs)
        if isinstance(y1, Variable):
            y1 = y1.data
        y1 = y1.copy()
        x[index] = tmp - eps
        y2 = f(x, *args, **kwargs)
        if isinstance(y2, Variable):
            y2 = y2.data
        y2 = y2.copy()
        diff = (y1 - y2).sum()
        grad[index] = diff / (2 * eps)
        x[index] = tmp
    return grad


def array_equal(a, b):
    a = a.data if isinstance(a, Variable) else a
    b = b.data if isinstance(b, Variable) else b
    return np.array_equal(a, b)


def array_allclose(a, b, rtol=1e-4, atol=1e-5):
    a = a.data if isinstance(a, Variable) else a
    b = b.data if isinstance(b, Variable) else b
    return np.allclose(a, b, atol=atol, rtol=rtol)


def gradient_check(f, x, *args, rtol=1e-4, atol=1e-5, **kwargs):
    x = as_variable(x)
    x.data = x.data.astype(np.float64)
    num_grad = numerical_grad(f, x, *args, **kwargs)
    y = f(x, *args, **kwargs)
    y.backward()
    bp_grad = x.grad.data
    assert bp_grad.shape == num_grad.shape
    res = array_allclose(num_grad, bp_grad, atol=atol, rtol=rtol)
    if not res:
        print('')
        print('========== FAILED (Gradient Check) ==========')
        print('Numerical Grad')
        print(' shape: {}'.format(num_grad.shape))
        val = str(num_grad.flatten()[:10])
        print(' values: {} ...'.format(val[1:-1]))
        print('Backprop Grad')
        print(' shape: {}'.format(bp_grad.shape))
        val = str(bp_grad.flatten()[:10])
        print(' values: {} ...'.format(val[1:-1]))
    return res


def get_deconv_outsize(size, k, s, p):
    return s * (size - 1) + k - 2 * p


def get_conv_outsize(input_size, kernel_size, stride, pad):
    return (input_size + pad * 2 - kernel_size) // stride + 1


def pair(x):
    if isinstance(x, int):
        return (x, x)
    elif isinstance(x, tuple):
        assert len(x) == 2
        return x
    else:
        raise ValueError

# The matplotlib facts dezero.plot's tests compare against (FormatStringTest, ColorsTest,
# PlotErrorsTest). Run with Debian's matplotlib 3.6.3 (apt-get install python3-matplotlib):
#   /usr/bin/python3 src/test/resources/dezero/plot/matplotlib_oracle.py
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from matplotlib.axes._base import _process_plot_format
from matplotlib.colors import to_hex

print('matplotlib', matplotlib.__version__)
print('cycle', [c['color'] for c in plt.rcParams['axes.prop_cycle']])
for c in ['b', 'g', 'r', 'c', 'm', 'y', 'k', 'w', 'C3', 'tab:orange', 'orange', '0.5', '#abc', 'navy']:
    print('color', c, to_hex(c))
for fmt in ['o', 'r-', 'b--', '.', 'x', 'ro', 'g^:', 'C2-.', 'k', 'red', '1', '1.0', '--r', '', 'r ']:
    ls, marker, color = _process_plot_format(fmt)
    print('fmt', repr(fmt), ls, marker, None if color is None else to_hex(color))
for fmt in ['ra', 'r--:', 'oo', 'rg', 'C']:
    try:
        _process_plot_format(fmt)
    except ValueError as e:
        print('fmt-error', repr(fmt), e)
print('figsize', plt.rcParams['figure.figsize'], 'dpi', plt.rcParams['figure.dpi'])
print('subplot', {k: plt.rcParams['figure.subplot.' + k] for k in ['left', 'right', 'bottom', 'top']})
f = plt.figure()
print('repr', f)
f.savefig('/tmp/oracle-size.png', dpi=50)
import PIL.Image
print('png at dpi 50', PIL.Image.open('/tmp/oracle-size.png').size)
# Ticks and their labels on a default figure (AxesFrameTest): the ticks inside the limits.
import numpy as np
for xl, yl in [((0, 1), (0, 1)), ((-7.7, 7.7), (-1.1, 1.1)), ((-0.05, 1.05), (5.0, 8.1)), ((4.75, 5.25), (1.9, 2.1))]:
    fig, ax = plt.subplots()
    ax.set_xlim(*xl); ax.set_ylim(*yl)
    fig.canvas.draw()
    def shown(axis, lim):
        lo, hi = min(lim), max(lim)
        return [t.get_text() for t, v in zip(axis.get_ticklabels(), axis.get_ticklocs()) if lo - 1e-9 <= v <= hi + 1e-9]
    print('ticks', xl, shown(ax.xaxis, xl), yl, shown(ax.yaxis, yl))
    plt.close(fig)
# Large and tiny ticks: ScalarFormatter's labels and its offset text ("1e6").
for xl in [(0, 1e6), (0, 3e-5)]:
    fig, ax = plt.subplots()
    ax.set_xlim(*xl)
    fig.canvas.draw()
    lo, hi = xl
    print('sci', xl, [t.get_text() for t, v in zip(ax.xaxis.get_ticklabels(), ax.xaxis.get_ticklocs()) if lo - 1e-12 <= v <= hi + 1e-12], repr(ax.xaxis.get_offset_text().get_text()))
    plt.close(fig)

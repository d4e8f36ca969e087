# Expected values of TrainingTest from Python DeZero (peers/dezero), numpy 2.4, float64 layers.
# Rerun from the repository root:
#   PYTHONPATH=/work/shared/peers/dezero:/work/shared/peers/stubs python3 -W ignore \
#     src/test/resources/dezero/training/gen_training.py > src/test/resources/dezero/training/training.txt
# Lines: "key shape : values" (values as repr of float64).
import numpy as np
import dezero
import dezero.functions as F
import dezero.layers as L
from dezero import optimizers, Model
from dezero.models import MLP
from dezero.dataloaders import DataLoader, SeqDataLoader

def out(key, a):
    a = np.asarray(a, dtype=np.float64)
    print(key, ' '.join(str(d) for d in a.shape), ':', ' '.join(repr(float(v)) for v in a.ravel()))

x, t = dezero.datasets.get_spiral(train=True)
out('spiral_x', x)
out('spiral_t', t)
xt, tt = dezero.datasets.get_spiral(train=False)
out('spiral_test_x', xt)

class Net(Model):
    """MLP((10, 3)) with float64 parameters (DeZero's Linear defaults to float32)."""
    def __init__(self, activation=F.sigmoid):
        super().__init__()
        self.l0 = L.Linear(10, dtype=np.float64)
        self.l1 = L.Linear(3, dtype=np.float64)
        self.activation = activation
    def forward(self, x):
        return self.l1(self.activation(self.l0(x)))

def train(name, make_optimizer, hooks=(), iters=20, activation=F.sigmoid):
    np.random.seed(0)
    train_set = dezero.datasets.Spiral(train=True)
    model = Net(activation)
    optimizer = make_optimizer().setup(model)
    for h in hooks:
        optimizer.add_hook(h)
    loader = DataLoader(train_set, 30)
    losses = []
    accs = []
    it = 0
    while it < iters:
        for bx, bt in loader:
            y = model(bx)
            loss = F.softmax_cross_entropy(y, bt)
            accs.append(float(F.accuracy(y, bt).data))
            model.cleargrads()
            loss.backward()
            optimizer.update()
            losses.append(float(loss.data))
            it += 1
            if it == iters:
                break
    out(name + '_loss', losses)
    out(name + '_acc', accs)
    for key, p in [('l0_W', model.l0.W), ('l0_b', model.l0.b), ('l1_W', model.l1.W), ('l1_b', model.l1.b)]:
        out(name + '_' + key, p.data)

train('sgd', lambda: optimizers.SGD(1.0))
train('momentum', lambda: optimizers.MomentumSGD(0.1, 0.9))
train('adagrad', lambda: optimizers.AdaGrad(0.1))
train('adadelta', lambda: optimizers.AdaDelta())
train('adam', lambda: optimizers.Adam(0.05))
train('decay', lambda: optimizers.SGD(1.0), hooks=[optimizers.WeightDecay(1e-2)])
train('clip', lambda: optimizers.SGD(1.0), hooks=[optimizers.ClipGrad(0.5)])
train('relu', lambda: optimizers.SGD(0.5), activation=F.relu)

# Step 49 as the book runs it: MLP((10, 3)) with DeZero's float32 default, SGD(1.0), 300 epochs.
np.random.seed(0)
train_set = dezero.datasets.Spiral(train=True)
model = MLP((10, 3))
y = model(train_set.data[:4])
out('mlp_l0_W_init', model.l0.W.data)
out('mlp_y_init', y.data)

# RNN on SinCurve with SeqDataLoader, truncated BPTT every 5 steps, Adam.
np.random.seed(0)
train_set = dezero.datasets.SinCurve(train=True)
out('sincurve_head', train_set.data[:5])
class SimpleRNN(Model):
    def __init__(self, hidden, out_size, lstm):
        super().__init__()
        self.rnn = L.LSTM(hidden) if lstm else L.RNN(hidden)
        self.fc = L.Linear(out_size, dtype=np.float64)
    def reset_state(self):
        self.rnn.reset_state()
    def forward(self, x):
        return self.fc(self.rnn(x))
for lstm in (False, True):
    name = 'lstm' if lstm else 'rnn'
    np.random.seed(3)
    model = SimpleRNN(5, 1, lstm)
    optimizer = optimizers.Adam(0.01).setup(model)
    loader = SeqDataLoader(train_set, batch_size=4)
    model.reset_state()
    loss, count = 0, 0
    losses = []
    for i, (bx, bt) in enumerate(loader):
        y = model(bx)
        loss += F.mean_squared_error(y, bt)
        count += 1
        if count % 5 == 0:
            model.cleargrads()
            loss.backward()
            loss.unchain_backward()
            optimizer.update()
            losses.append(float(loss.data))
            loss = 0
        if i == 29:
            break
    out(name + '_loss', losses)
    params = {}
    model._flatten_params(params)
    for key in sorted(params):
        out(name + '_' + key, params[key].data)

# EmbedID and BatchNorm layers.
np.random.seed(5)
emb = L.EmbedID(6, 3)
y = emb(np.array([1, 5, 1]))
loss = F.sum(y * np.arange(9).reshape(3, 3))
loss.backward()
out('embed_W', emb.W.data)
out('embed_y', y.data)
out('embed_gW', emb.W.grad.data)
bn = L.BatchNorm()
np.random.seed(6)
xb = np.random.randn(8, 3)
yb = bn(xb)
F.sum(yb * np.arange(24).reshape(8, 3)).backward()
out('bn_y', yb.data)
out('bn_gamma_grad', bn.gamma.grad.data)
out('bn_avg_mean', bn.avg_mean.data)
out('bn_avg_var', bn.avg_var.data)

# Conv2d and Deconv2d layers: float32 default, W float64 after the scale, b float32.
for name, layer, shape in (('conv', L.Conv2d(4, 3, 1, 1), (2, 3, 5, 5)), ('deconv', L.Deconv2d(2, 3, 2, 1), (2, 3, 3, 3))):
    np.random.seed(8)
    xc = np.random.randn(*shape)
    yc = layer(xc)
    F.sum(yc * np.arange(yc.size).reshape(yc.shape)).backward()
    out(name + '_W', layer.W.data)
    out(name + '_y', yc.data)
    out(name + '_gW', layer.W.grad.data)
    out(name + '_gb', layer.b.grad.data)

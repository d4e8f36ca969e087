# A learner's own training loop: a Model subclass, Spiral through a shuffling DataLoader, Adam, accuracy,
# f-string progress, weights saved and loaded, no_grad (oracle: Python DeZero).
import numpy as np
import dezero
import dezero.functions as F
import dezero.layers as L
from dezero import Model, optimizers, DataLoader
from dezero.datasets import Spiral

np.random.seed(0)


class MyNet(Model):
    def __init__(self, hidden, out):
        super().__init__()
        self.fc1 = L.Linear(hidden)
        self.fc2 = L.Linear(out)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


train = Spiral(train=True)
loader = DataLoader(train, batch_size=30, shuffle=True)
model = MyNet(10, 3)
opt = optimizers.Adam(0.01).setup(model)
history = {'loss': [], 'acc': []}
for epoch in range(5):
    total, correct, n = 0.0, 0, 0
    for x, t in loader:
        y = model(x)
        loss = F.softmax_cross_entropy(y, t)
        acc = F.accuracy(y, t)
        model.cleargrads()
        loss.backward()
        opt.update()
        total += float(loss.data) * len(t)
        correct += int(acc.data * len(t))
        n += len(t)
    history['loss'].append(round(total / n, 6))
    history['acc'].append(correct / n)
    print(f'epoch {epoch + 1:2d} | loss {total / n:.4f} | acc {correct / n:.3f}')
print({k: v[-1] for k, v in history.items()})
params = sorted((p.name, p.data.shape) for p in model.params())
print(params)
model.save_weights('/tmp/dezero-learner-weights.npz')
other = MyNet(10, 3)
other(np.zeros((1, 2)))
other.load_weights('/tmp/dezero-learner-weights.npz')
x0 = np.array([[0.1, -0.2]])
print(np.allclose(model(x0).data, other(x0).data), model(x0).shape)
with dezero.no_grad():
    y = model(np.array(train.data[:3]))
print(y.data.argmax(axis=1), train.label[:3])

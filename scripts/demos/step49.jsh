// Step 49: an MLP trained on the spiral dataset with mini-batches, DeZero's step49.py line for
// line (its twin step49.py; both print step49.out, which Python + DeZero wrote).
// startup.jsh imports dezero.core, the functions, layers, models, optimizers, datasets and loaders.

int maxEpoch = 300;
int batchSize = 30;
int hiddenSize = 10;
double lr = 1.0;

Spiral trainSet = Spiral.train();                   // reseeds numpy's generator with 1984, as DeZero
MLP model = new MLP(hiddenSize, 3);                  // float32 Linear layers, sized at the first batch
Optimizer optimizer = new SGD(lr).setup(model);

int dataSize = trainSet.len();
int maxIter = (int) Math.ceil((double) dataSize / batchSize);

for (int epoch = 0; epoch < maxEpoch; epoch++) {
    // Shuffle index for data (numpy's global generator: np.random.permutation)
    NDArray index = RandomState.global().permutation(dataSize);
    double sumLoss = 0;

    for (int i = 0; i < maxIter; i++) {
        // Create minibatch: the examples batch_index picks, stacked (train_set[i] for i in batch_index)
        NDArray batchIndex = index.get(Index.slice(i * batchSize, (i + 1) * batchSize, null));
        NDArray batchX = trainSet.data.get(Index.array(batchIndex));
        NDArray batchT = trainSet.label.get(Index.array(batchIndex));

        Variable y = model.apply(batchX);
        Variable loss = softmaxCrossEntropy(y, new Variable(batchT));
        model.cleargrads();
        loss.backward();
        optimizer.update();

        sumLoss += loss.data.item() * batchT.shape()[0];
    }

    // Print loss every epoch
    double avgLoss = sumLoss / dataSize;
    System.out.println(String.format("epoch %d, loss %.2f", epoch + 1, avgLoss));
}

# What a REPL session (the prompt, .dz files, -e, pipes, notebook cells) has without an import:
# numpy as np, DeZero's modules and classes. dezero.lang.Session runs these lines first, then binds
# DeZero's functions by their own names where Python has no builtin of that name (square, add).
import math
import numpy as np
import dezero
import dezero.functions as F
import dezero.layers as L
from dezero import Variable, Parameter, Function, Model, Layer, DataLoader, optimizers, datasets, no_grad, using_config, test_mode, as_variable, as_array
from dezero.models import MLP

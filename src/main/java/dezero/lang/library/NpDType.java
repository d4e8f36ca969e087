package dezero.lang.library;

import dezero.core.DType;

/** numpy's {@code dtype} object: {@code x.dtype}, printing as {@code float32}, equal to {@code np.float32}. */
record NpDType(DType dtype) {}

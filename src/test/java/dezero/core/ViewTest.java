package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** numpy's views from Java: each expected text is what numpy 2.4 prints for the Python in the comment. */
class ViewTest {
    private static NDArray grid() {
        return NDArray.arange(0, 12, 1).astype(DType.FLOAT64).reshape(3, 4); // np.arange(12.0).reshape(3, 4)
    }

    @Test
    void aWriteIntoARowViewChangesItsBase() {
        // a = np.arange(12.0).reshape(3, 4); b = a[1]; b[2] = -7; print(a[1])
        NDArray a = grid();
        NDArray b = a.view(Index.at(1));
        b.set(-7, Index.at(2));
        assertEquals("[ 4.  5. -7.  7.]", a.get(Index.at(1)).toString());
        assertTrue(b.isView());
    }

    @Test
    void aWriteIntoTheBaseShowsInEveryViewOfAView() {
        // c = a[:, 1:3]; d = c[::2]; a += 100; print(d)
        NDArray a = grid();
        NDArray c = a.view(Index.ALL, Index.slice(1, 3));
        NDArray d = c.view(Index.slice(null, null, 2));
        a.addInPlace(NDArray.scalar(100));
        assertEquals("[[101. 102.]\n [109. 110.]]", d.toString());
        // d[...] = 0; print(a); print(c)
        d.set(0, Index.ELLIPSIS);
        assertEquals("[[100.   0.   0. 103.]\n [104. 105. 106. 107.]\n [108.   0.   0. 111.]]", a.toString());
        assertEquals("[[  0.   0.]\n [105. 106.]\n [  0.   0.]]", c.toString());
    }

    @Test
    void fancyIndicesAndFullIntegerIndicesCopy() {
        // e = a[[0, 2]]; e[0] = 1; print(a[0]) -> [0. 1. 2. 3.]
        NDArray a = grid();
        NDArray e = a.view(Index.array(NDArray.int64(new long[] {0, 2}, 2)));
        e.set(1, Index.at(0));
        assertEquals("[0. 1. 2. 3.]", a.get(Index.at(0)).toString());
        assertFalse(e.isView());
        assertFalse(a.view(Index.at(0), Index.at(1)).isView());
    }

    @Test
    void getAlwaysCopies() {
        NDArray a = grid();
        NDArray row = a.get(Index.at(0));
        row.set(9, Index.at(0));
        assertEquals(0.0, a.flat(0));
        assertFalse(row.isView());
    }

    @Test
    void aReshapeSharesTheBufferWithTheViewsOfItsArray() {
        // p = np.zeros(6); q = p[:3]; r = p.reshape(2, 3); r[0, 0] = 5; print(q) -> [5. 0. 0.]
        NDArray p = NDArray.zeros(6);
        NDArray q = p.view(Index.slice(null, 3));
        NDArray r = p.reshape(2, 3);
        r.set(5, Index.at(0), Index.at(0));
        assertEquals("[5. 0. 0.]", q.toString());
        // s = q.reshape(3, 1); s[1, 0] = 6; print(p) -> [5. 6. 0. 0. 0. 0.]
        NDArray s = q.reshape(3, 1);
        s.set(6, Index.at(1), Index.at(0));
        assertEquals("[5. 6. 0. 0. 0. 0.]", p.toString());
    }

    @Test
    void aReshapeOfScatteredElementsIsACopy() {
        // t = np.arange(8.0).reshape(2, 4)[:, 1:]; u = t.reshape(-1); u[0] = 100; print(t)
        NDArray t = NDArray.arange(0, 8, 1).astype(DType.FLOAT64).reshape(2, 4).view(Index.ALL, Index.slice(1, null));
        NDArray u = t.reshape(-1);
        u.set(100, Index.at(0));
        assertEquals("[[1. 2. 3.]\n [5. 6. 7.]]", t.toString());
    }

    @Test
    void manyWritesWithManyViewsCostNothingUntilAViewIsRead() {
        // a = np.arange(12.0).reshape(3, 4); rows = [a[i % 3] for i in range(1000)];
        // for i in range(100): a[2, 0] = i; print(rows[2])
        NDArray a = grid();
        NDArray[] rows = new NDArray[1000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = a.view(Index.at(i % 3));
        }
        for (int i = 0; i < 100; i++) {
            a.set(i, Index.at(2), Index.at(0));
        }
        assertEquals("[99.  9. 10. 11.]", rows[2].toString());
    }
}

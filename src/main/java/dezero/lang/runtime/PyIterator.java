package dezero.lang.runtime;

import java.util.Iterator;

/** A Python iterator over a Java iterator: what {@code iter()}, {@code enumerate}, {@code zip}, {@code map} return. */
public final class PyIterator {
    public final Iterator<Object> iterator;
    public final String typeName;

    public PyIterator(Iterator<Object> iterator, String typeName) {
        this.iterator = iterator;
        this.typeName = typeName;
    }

    public PyIterator(Iterator<Object> iterator) {
        this(iterator, "iterator");
    }

    /** The next item, or StopIteration. */
    public Object next() {
        if (!iterator.hasNext()) {
            throw Py.error(Types.STOP_ITERATION, null);
        }
        return iterator.next();
    }

    @Override
    public String toString() {
        return "<" + typeName + " object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}

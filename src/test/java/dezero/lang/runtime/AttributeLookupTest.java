package dezero.lang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The caches behind attribute lookups: what they answer must be what the classes say, as they change. */
class AttributeLookupTest {
    @Test
    void foundAttributesKeepsEveryNameAsItGrowsAndMatchesEqualStrings() {
        FoundAttributes table = FoundAttributes.empty(7);
        for (int i = 0; i < 100; i++) {
            table = table.with("name" + i, i);
        }
        for (int i = 0; i < 100; i++) {
            // a string equal to the key but not the same object, as a name built at run time is
            assertEquals(i, table.get(new String("name" + i)));
        }
        assertNull(table.get("name100"));
        assertEquals(7, table.stamp);
        assertSame(table, table.with("name3", "other"), "a name already there keeps its value");
        assertEquals(3, table.get("name3"));
    }

    @Test
    void aClassLookupSeesAttributesAddedAndRemovedAfterItWasCached() {
        PyType base = new PyType("Base", List.of(Types.OBJECT), true);
        PyType derived = new PyType("Derived", List.of(base), true);
        assertNull(derived.lookup("f"));
        base.dict.put("f", 1L);
        assertEquals(1L, derived.lookup("f"), "found on the base after the miss was kept");
        derived.dict.put("f", 2L);
        assertEquals(2L, derived.lookup("f"), "the class's own attribute hides the base's");
        derived.dict.remove("f");
        assertEquals(1L, derived.lookup("f"));
    }

    /** A Java class of values, as the library registers ndarray or Variable. */
    private static final class Value {}

    @Test
    void typeOfFollowsARegistrationMadeAfterTheClassWasSeen() {
        Value v = new Value();
        assertSame(Types.OBJECT, Types.of(v), "an unregistered Java class is an object");
        Types.of(1.0);
        Types.of(1L);
        PyType t = new PyType("Value", List.of(Types.OBJECT), false);
        Types.register(Value.class, t);
        assertSame(t, Types.of(v));
        assertSame(Types.FLOAT, Types.of(2.0));
        assertSame(Types.NONE_TYPE, Types.of(PyNone.NONE));
        assertSame(Types.NOT_IMPLEMENTED_TYPE, Types.of(PyNone.NOT_IMPLEMENTED), "singletons of one class answer per value");
    }
}

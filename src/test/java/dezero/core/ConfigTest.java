package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @AfterEach
    void resetThisThread() {
        Config.setBackpropEnabled(true);
        Config.setTrain(true);
        Config.setBackwardListener(null);
    }

    @Test
    void backpropIsEnabledByDefault() {
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void nestedScopesRestoreThePreviousModeOnClose() {
        try (Config.Scope outer = Config.noGrad()) {
            assertFalse(Config.isBackpropEnabled());
            try (Config.Scope inner = Config.enableGrad()) {
                assertTrue(Config.isBackpropEnabled());
                try (Config.Scope innermost = Config.using("enable_backprop", false)) {
                    assertFalse(Config.isBackpropEnabled());
                }
                assertTrue(Config.isBackpropEnabled());
            }
            assertFalse(Config.isBackpropEnabled());
        }
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void scopeRestoresTheModeWhenTheBlockThrows() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Config.Scope scope = Config.noGrad()) {
                throw new IllegalStateException("boom");
            }
        });
        assertEquals("boom", thrown.getMessage());
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void setBackpropEnabledLastsUntilChanged() {
        Config.setBackpropEnabled(false);
        assertFalse(Config.isBackpropEnabled());
        try (Config.Scope scope = Config.enableGrad()) {
            assertTrue(Config.isBackpropEnabled());
        }
        assertFalse(Config.isBackpropEnabled());
    }

    @Test
    void unknownNameErrorNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.using("enable_backprob", false));
        assertEquals("unknown config 'enable_backprob'; known: enable_backprop, train", e.getMessage());
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void testModeTurnsTrainOffUntilClosed() {
        // DeZero: Config.train is True; inside `with dezero.test_mode():` it is False, and True again after.
        assertTrue(Config.isTrain());
        try (Config.Scope scope = Config.testMode()) {
            assertFalse(Config.isTrain());
            assertTrue(Config.isBackpropEnabled());
            try (Config.Scope inner = Config.using("train", true)) {
                assertTrue(Config.isTrain());
            }
            assertFalse(Config.isTrain());
        }
        assertTrue(Config.isTrain());
    }

    @Test
    void modeIsPerThread() throws Exception {
        CountDownLatch otherDisabled = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        FutureTask<Boolean> otherSawEnabled = new FutureTask<>(() -> {
            boolean enabled = Config.isBackpropEnabled();
            Config.setBackpropEnabled(false);
            otherDisabled.countDown();
            await(checked);
            return enabled;
        });
        try (Config.Scope scope = Config.noGrad()) {
            new Thread(otherSawEnabled, "other").start();
            assertTrue(otherDisabled.await(10, TimeUnit.SECONDS));
            assertFalse(Config.isBackpropEnabled());
        }
        assertTrue(Config.isBackpropEnabled(), "the other thread's nograd leaked into this one");
        checked.countDown();
        assertTrue(otherSawEnabled.get(10, TimeUnit.SECONDS), "this thread's nograd leaked into the other one");
    }

    @Test
    void listeningScopeRestoresThePreviousListener() {
        BackwardListener first = (f, g, gys, gxs) -> { };
        BackwardListener second = (f, g, gys, gxs) -> { };
        Config.setBackwardListener(first);
        try (Config.Scope scope = Config.listening(second)) {
            assertSame(second, Config.backwardListener());
        }
        assertSame(first, Config.backwardListener());
        assertThrows(IllegalStateException.class, () -> {
            try (Config.Scope scope = Config.listening(second)) {
                throw new IllegalStateException("boom");
            }
        });
        assertSame(first, Config.backwardListener());
        Config.setBackwardListener(null);
        assertNull(Config.backwardListener());
    }

    @Test
    void listenerIsPerThread() throws Exception {
        try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> { })) {
            FutureTask<BackwardListener> other = new FutureTask<>(Config::backwardListener);
            new Thread(other, "other").start();
            assertNull(other.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aThreadAwayInSeveralSettingsCountsOnceAndLeavesWhenAllAreBack() {
        int before = Config.threadsAway();
        try (Config.Scope a = Config.noGrad(); Config.Scope b = Config.testMode();
                Config.Scope c = Config.listening((f, g, gys, gxs) -> { })) {
            assertEquals(before + 1, Config.threadsAway());
            assertFalse(Config.isBackpropEnabled());
            assertFalse(Config.isTrain());
        }
        assertEquals(before, Config.threadsAway());
        Config.setTrain(false);
        Config.setTrain(false);
        assertEquals(before + 1, Config.threadsAway());
        Config.setTrain(true);
        assertEquals(before, Config.threadsAway());
        assertTrue(Config.isTrain());
        assertTrue(Config.isBackpropEnabled());
        assertNull(Config.backwardListener());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

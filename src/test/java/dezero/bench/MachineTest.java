package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MachineTest {
    @Test
    void rssPeakIsVmHwmWhereProcExists() {
        long kb = Machine.rssPeakKb();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertTrue(kb > 1000, "VmHWM of a JVM is megabytes, got " + kb);
        } else {
            assertTrue(kb == 0);
        }
    }

    @Test
    void versionNamesJdkHeapAndCollectorWithoutSpaces() {
        String v = Machine.version();
        assertFalse(v.contains(" "), v);
        assertTrue(v.matches("[^;]+;jdk[0-9][0-9.]*;.*-Xmx.*"), v);
        assertTrue(v.contains("GC"), "the collector is named: " + v);
    }
}

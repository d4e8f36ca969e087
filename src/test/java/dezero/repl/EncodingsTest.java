package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingsTest {
    @Test
    void utfEncodingsShowUnicodeAndLegacyOnesDoNot() {
        assertTrue(Encodings.isUnicode(StandardCharsets.UTF_8));
        assertTrue(Encodings.isUnicode(StandardCharsets.UTF_16LE));
        assertFalse(Encodings.isUnicode(StandardCharsets.US_ASCII));
        assertFalse(Encodings.isUnicode(StandardCharsets.ISO_8859_1));
        assertFalse(Encodings.isUnicode(Charset.forName("ANSI_X3.4-1968")), "the C locale's name for ASCII");
        assertFalse(Encodings.isUnicode(null));
    }

    @Test
    void outputThatIsNoTerminalIsUtf8AndSoUnicode() {
        assertTrue(Encodings.unicodeOutput(false));
    }
}

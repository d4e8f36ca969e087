package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder: every pixel back through ImageIO's decoder, and chunks whose CRCs check. */
class PngWriterTest {
    private static byte[] png(BufferedImage image, double dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(image, dpi, out);
        return out.toByteArray();
    }

    /** An image of random pixels (seeded), white in its first {@code whiteColumns} columns as a plot's margin. */
    private static BufferedImage noise(int w, int h, int type, long seed, int whiteColumns) {
        BufferedImage image = new BufferedImage(w, h, type);
        Random rng = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int random = type == BufferedImage.TYPE_INT_ARGB ? rng.nextInt() : rng.nextInt(0x1000000);
                image.setRGB(x, y, x < whiteColumns ? 0xffffffff : random);
            }
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void rgbPixelsComeBackExactly() throws IOException {
        BufferedImage image = noise(37, 23, BufferedImage.TYPE_INT_RGB, 1, 10);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png(image, 100)));
        assertEquals(37, back.getWidth());
        assertEquals(23, back.getHeight());
        assertArrayEquals(pixels(image), pixels(back));
    }

    @Test
    void aLargeImageIsWrittenInSeveralIdatChunks() throws IOException {
        // 300 x 300 pixels of noise deflate to more than one 64 KiB chunk
        BufferedImage image = noise(300, 300, BufferedImage.TYPE_INT_RGB, 3, 0);
        byte[] png = png(image, 100);
        assertTrue(chunkTypes(png).matches("IHDR pHYs (IDAT ){2,}IEND "), chunkTypes(png));
        assertArrayEquals(pixels(image), pixels(ImageIO.read(new ByteArrayInputStream(png))));
    }

    /** The chunk types in order, each followed by a space, after checking every chunk's CRC. */
    private static String chunkTypes(byte[] png) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        b.position(8);
        StringBuilder types = new StringBuilder();
        while (b.hasRemaining()) {
            byte[] typeAndData = new byte[4 + b.getInt()];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "CRC of " + new String(typeAndData, 0, 4));
            types.append(new String(typeAndData, 0, 4)).append(' ');
        }
        return types.toString();
    }

    @Test
    void alphaIsKept() throws IOException {
        BufferedImage image = noise(5, 4, BufferedImage.TYPE_INT_ARGB, 2, 0);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png(image, 72)));
        assertArrayEquals(pixels(image), pixels(back));
    }

    @Test
    void chunksAreIhdrPhysIdatIendWithTheirCrcs() throws IOException {
        byte[] png = png(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), 200);
        assertEquals("IHDR pHYs IDAT IEND ", chunkTypes(png));
        // pHYs, after the signature and IHDR (4 + 4 + 13 + 4 bytes): 200 dpi is round(200 / 0.0254)
        // = 7874 pixels a metre on both axes, the unit the metre
        java.nio.ByteBuffer d = java.nio.ByteBuffer.wrap(png, 8 + 25 + 8, 9);
        assertEquals(7874, d.getInt());
        assertEquals(7874, d.getInt());
        assertEquals(1, d.get());
    }
}

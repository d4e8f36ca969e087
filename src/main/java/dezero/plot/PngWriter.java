package dezero.plot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG with its resolution recorded (the pHYs chunk), as matplotlib writes it, so 200 dpi prints at
 * its size. Written here rather than through ImageIO: a figure is 8-bit RGB, which needs four
 * chunks and zlib, and ImageIO's writer (its plugin registry, metadata trees and adaptive filters)
 * took 27 ms for a first figure and 8-10 ms for later ones, against a few for this.
 *
 * <p>Each row is filtered with PNG's "Sub" filter (each byte minus the one a pixel to its left):
 * a plot is mostly runs of one colour, which that turns into runs of zeros for the compressor.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private PngWriter() {}

    static void write(BufferedImage image, double dpi, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int channels = alpha ? 4 : 3;
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);

        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8); // bits per channel
        hd.writeByte(alpha ? 6 : 2); // RGBA or RGB
        hd.writeByte(0); // deflate
        hd.writeByte(0); // adaptive filtering, one filter byte a row
        hd.writeByte(0); // not interlaced
        chunk(png, "IHDR", header.toByteArray());

        ByteArrayOutputStream phys = new ByteArrayOutputStream(9);
        DataOutputStream ph = new DataOutputStream(phys);
        int perMetre = (int) Math.round(dpi / 0.0254);
        ph.writeInt(perMetre);
        ph.writeInt(perMetre);
        ph.writeByte(1); // the unit is the metre
        chunk(png, "pHYs", phys.toByteArray());

        chunk(png, "IDAT", pixels(image, w, h, channels, alpha));
        chunk(png, "IEND", new byte[0]);
        png.flush();
    }

    /** The image's rows, each a filter byte and its Sub-filtered bytes, deflated. */
    private static byte[] pixels(BufferedImage image, int w, int h, int channels, boolean alpha) {
        int[] argb = null;
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt d
                && d.getNumBanks() == 1 && d.getData().length == w * h && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            argb = d.getData(); // a figure's own pixels, 0xRRGGBB: no copy
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
        }
        int stride = 1 + w * channels;
        byte[] raw = new byte[stride * h];
        for (int y = 0, o = 0; y < h; y++) {
            raw[o++] = FILTER_SUB;
            int left = 0; // the pixel left of the first is all zeros
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int p = argb[i];
                raw[o++] = (byte) ((p >>> 16) - (left >>> 16));
                raw[o++] = (byte) ((p >>> 8) - (left >>> 8));
                raw[o++] = (byte) (p - left);
                if (alpha) {
                    raw[o++] = (byte) ((p >>> 24) - (left >>> 24));
                }
                left = p;
            }
        }
        ByteArrayOutputStream z = new ByteArrayOutputStream(raw.length / 16 + 64);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream dz = new DeflaterOutputStream(z, deflater, 1 << 16)) {
            dz.write(raw);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array stream does not fail
        } finally {
            deflater.end();
        }
        return z.toByteArray();
    }

    /** A chunk: its length, type, data and the CRC-32 of type and data. */
    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(t);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }
}

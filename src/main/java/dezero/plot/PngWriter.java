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

        pixels(image, w, h, channels, alpha, png);
        chunk(png, "IEND", new byte[0]);
        png.flush();
    }

    /**
     * The image's rows, each a filter byte and its Sub-filtered bytes, deflated into IDAT chunks
     * of at most {@link IdatChunks#SIZE} bytes: one row in memory at a time, whatever the size.
     */
    private static void pixels(BufferedImage image, int w, int h, int channels, boolean alpha, DataOutputStream png)
            throws IOException {
        int[] argb = ownPixels(image, w, h);
        boolean own = argb != null;
        byte[] row = new byte[1 + w * channels];
        int[] line = own ? null : new int[w];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(new IdatChunks(png), deflater, 1 << 16)) {
            for (int y = 0; y < h; y++) {
                int[] src = argb;
                int at = y * w;
                if (!own) {
                    image.getRGB(0, y, w, 1, line, 0, w);
                    src = line;
                    at = 0;
                }
                int o = 0;
                row[o++] = FILTER_SUB;
                int left = 0; // the pixel left of the first is all zeros
                for (int x = 0; x < w; x++) {
                    int p = src[at + x];
                    row[o++] = (byte) ((p >>> 16) - (left >>> 16));
                    row[o++] = (byte) ((p >>> 8) - (left >>> 8));
                    row[o++] = (byte) (p - left);
                    if (alpha) {
                        row[o++] = (byte) ((p >>> 24) - (left >>> 24));
                    }
                    left = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
    }

    /** A figure's own pixels, 0xRRGGBB row after row, read in place; null for any other kind of image. */
    private static int[] ownPixels(BufferedImage image, int w, int h) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt d
                && d.getNumBanks() == 1 && d.getData().length == w * h && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return d.getData();
        }
        return null;
    }

    /** Compressed bytes written as IDAT chunks of up to 64 KiB each, as PNG allows (their contents are one stream). */
    private static final class IdatChunks extends OutputStream {
        static final int SIZE = 1 << 16;
        private final DataOutputStream png;
        private final byte[] buffer = new byte[SIZE];
        private int used;

        IdatChunks(DataOutputStream png) {
            this.png = png;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, SIZE - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
                if (used == SIZE) {
                    flushChunk();
                }
            }
        }

        private void flushChunk() throws IOException {
            if (used > 0) {
                chunk(png, "IDAT", java.util.Arrays.copyOf(buffer, used));
                used = 0;
            }
        }

        /** Writes what is left; the PNG stream itself stays open for IEND. */
        @Override
        public void close() throws IOException {
            flushChunk();
        }
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

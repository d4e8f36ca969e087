package dezero.layers;

import dezero.core.DType;
import dezero.core.NDArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import dezero.io.AtomicFile;

/**
 * numpy's {@code .npz} files (a zip of {@code .npy} arrays, one per key), written as
 * {@code np.savez_compressed} writes them and read as {@code np.load} reads them, so weights move
 * between DeZero in Python and here. No Java serialization.
 */
public final class Npz {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<>|=])([a-z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    private Npz() {}

    /** Writes {@code arrays} to {@code path} as {@code np.savez_compressed(path, **arrays)}, each in its dtype. */
    public static void save(Path path, Map<String, NDArray> arrays) {
        try {
            // Written beside the target and renamed into place: a failed save leaves the old file whole.
            AtomicFile.write(path, true, file -> {
                ZipOutputStream zip = new ZipOutputStream(file);
                zip.setMethod(ZipOutputStream.DEFLATED);
                for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                    zip.write(npy(e.getValue()));
                    zip.closeEntry();
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one array to {@code path} in numpy's {@code .npy} format, as {@code np.save(path, a)}. */
    public static void saveNpy(Path path, NDArray a) {
        try {
            AtomicFile.write(path, true, file -> file.write(npy(a)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the array of a {@code .npy} file, as {@code np.load(path)}. */
    public static NDArray loadNpy(Path path) {
        try {
            return readNpy(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file at {@code path} is an {@code .npz} archive (a zip file) rather than an {@code .npy} array. */
    public static boolean isArchive(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every array of an {@code .npz} file, keyed as {@code np.load(path)} keys them. */
    public static Map<String, NDArray> load(Path path) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
                out.put(key, readNpy(zip.readAllBytes(), name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One array in numpy's {@code .npy} format 1.0, little-endian, header padded to 64 bytes. */
    static byte[] npy(NDArray a) {
        int[] shape = a.shape();
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            dims.append(i > 0 ? ", " : "").append(shape[i]);
        }
        if (shape.length == 1) {
            dims.append(',');
        }
        DType dtype = a.dtype();
        StringBuilder header = new StringBuilder("{'descr': '" + descr(dtype) + "', 'fortran_order': False, 'shape': ("
                + dims + "), }");
        int total = MAGIC.length + 2 + 2 + header.length() + 1;
        header.append(" ".repeat((64 - total % 64) % 64)).append('\n');
        byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
        int width = Integer.parseInt(descr(dtype).substring(2));
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + h.length + width * a.size()).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h);
        for (double v : a.toArray()) {
            switch (dtype) {
                case FLOAT64 -> buf.putDouble(v);
                case FLOAT32 -> buf.putFloat((float) v);
                case INT64 -> buf.putLong((long) v);
                case INT32 -> buf.putInt((int) v);
                case UINT8, BOOL -> buf.put((byte) (long) v);
            }
        }
        return buf.array();
    }

    /** numpy's type string of {@code dtype}: {@code <f8}, {@code |u1} ... */
    static String descr(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> "<f8";
            case FLOAT32 -> "<f4";
            case INT64 -> "<i8";
            case INT32 -> "<i4";
            case UINT8 -> "|u1";
            case BOOL -> "|b1";
        };
    }

    /** Parses one {@code .npy} file: float, int, uint and bool element types, C or Fortran order. */
    static NDArray readNpy(byte[] bytes, String what) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte m : MAGIC) {
            if (!buf.hasRemaining() || buf.get() != m) {
                throw new IllegalArgumentException(what + " is not a .npy array (no \\x93NUMPY magic)");
            }
        }
        int major = buf.get();
        buf.get();
        int headerLength = major == 1 ? Short.toUnsignedInt(buf.getShort()) : buf.getInt();
        byte[] h = new byte[headerLength];
        buf.get(h);
        String header = new String(h, StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IllegalArgumentException(what + ": unsupported .npy header " + header.strip());
        }
        char kind = d.group(2).charAt(0);
        int width = Integer.parseInt(d.group(3));
        buf.order(d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        String dims = s.group(1).strip();
        int[] shape = dims.isEmpty() ? new int[0]
                : java.util.Arrays.stream(dims.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .mapToInt(Integer::parseInt).toArray();
        int n = 1;
        for (int k : shape) {
            n *= k;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = element(buf, kind, width, what);
        }
        DType dtype = dtypeOf(kind, width);
        if (f.group(1).equals("True") && shape.length > 1) {
            int[] reversed = new int[shape.length];
            for (int i = 0; i < shape.length; i++) {
                reversed[i] = shape[shape.length - 1 - i];
            }
            return NDArray.of(v, dtype, reversed).transpose();
        }
        return NDArray.of(v, dtype, shape);
    }

    /** The dtype an element type is read as; those without a dtype here become the nearest wider one. */
    private static DType dtypeOf(char kind, int width) {
        return switch (kind) {
            case 'f' -> width == 4 ? DType.FLOAT32 : DType.FLOAT64;
            case 'b' -> DType.BOOL;
            case 'u' -> width == 1 ? DType.UINT8 : DType.INT64;
            default -> width == 4 ? DType.INT32 : DType.INT64;
        };
    }

    private static double element(ByteBuffer buf, char kind, int width, String what) {
        return switch (kind + "" + width) {
            case "f8" -> buf.getDouble();
            case "f4" -> buf.getFloat();
            case "i8" -> buf.getLong();
            case "i4" -> buf.getInt();
            case "i2" -> buf.getShort();
            case "i1" -> buf.get();
            case "u1" -> Byte.toUnsignedInt(buf.get());
            case "u2" -> Short.toUnsignedInt(buf.getShort());
            case "u4" -> Integer.toUnsignedLong(buf.getInt());
            case "b1" -> buf.get() != 0 ? 1.0 : 0.0;
            default -> throw new IllegalArgumentException(what + ": unsupported element type " + kind + width);
        };
    }
}

package dezero.lang;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The physical lines of a script or of typed text, as they arrive, ended by {@code \n},
 * {@code \r\n} or {@code \r}. A line longer than {@link Limits#MAX_LINE_LENGTH} is a SyntaxError
 * as soon as the limit is passed, without reading the rest of it ({@code load /dev/zero} stops).
 * From bytes, each line is decoded as UTF-8 on its own, so bytes that are not UTF-8 are reported
 * with their line and everything before that line has run.
 */
abstract class PhysicalLines {
    private int number;

    /** Lines read from characters (typed text, a string). */
    static PhysicalLines of(Reader in) {
        return new Chars(in);
    }

    /** Lines read from UTF-8 bytes (a file, standard input). */
    static PhysicalLines utf8(InputStream in) {
        return new Bytes(in);
    }

    /** The next line without its end, or null at the end of the input. */
    final String next() throws IOException {
        String line = read();
        if (line != null) {
            number++;
        }
        return line;
    }

    /** The number (1-based) of the line returned last, or being read now. */
    final int number() {
        return number;
    }

    abstract String read() throws IOException;

    /** Line 1 without a byte order mark (Windows editors write one before UTF-8 text). */
    final String firstLineWithoutMark(String line) {
        return number == 0 && line.startsWith("\ufeff") ? line.substring(1) : line;
    }

    final LangError tooLong() {
        return LangError.syntax("line too long: more than " + Limits.MAX_LINE_LENGTH + " characters",
                new Span(number + 1, 0, 0));
    }

    /** A line of a file that is not UTF-8: its number and the first byte that is not. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int badByte;

        NotUtf8Exception(int line, int badByte) {
            this.line = line;
            this.badByte = badByte;
        }

        @Override
        public String getMessage() {
            return String.format("line %d has the byte 0x%02x", line, badByte);
        }
    }

    private static final class Chars extends PhysicalLines {
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private boolean skipNewline;

        Chars(Reader in) {
            this.in = in;
        }

        @Override
        String read() throws IOException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.read(buffer));
                    position = 0;
                    if (limit == 0) {
                        return sb.isEmpty() ? null : firstLineWithoutMark(sb.toString());
                    }
                }
                char c = buffer[position++];
                if (skipNewline) {
                    skipNewline = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    skipNewline = c == '\r';
                    return firstLineWithoutMark(sb.toString());
                }
                if (sb.length() >= Limits.MAX_LINE_LENGTH) {
                    throw tooLong();
                }
                sb.append(c);
            }
        }
    }

    private static final class Bytes extends PhysicalLines {
        /** A line of at most {@link Limits#MAX_LINE_LENGTH} characters has at most three bytes per character. */
        private static final int MAX_BYTES = 3 * Limits.MAX_LINE_LENGTH;

        private final InputStream in;
        private byte[] line = new byte[256];
        private int length;
        private int pending = -1;

        Bytes(InputStream in) {
            this.in = new BufferedInputStream(in);
        }

        @Override
        String read() throws IOException {
            length = 0;
            int b = pending >= 0 ? pending : in.read();
            pending = -1;
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n' && b != '\r') {
                if (length >= MAX_BYTES) {
                    throw tooLong();
                }
                if (length == line.length) {
                    line = java.util.Arrays.copyOf(line, Math.min(MAX_BYTES, 2 * length));
                }
                line[length++] = (byte) b;
                b = in.read();
            }
            if (b == '\r') {
                int next = in.read();
                pending = next == '\n' ? -1 : next;
            }
            return decode();
        }

        private String decode() throws CharacterCodingException {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line, 0, length)).toString();
                if (s.length() > Limits.MAX_LINE_LENGTH) {
                    throw tooLong();
                }
                return firstLineWithoutMark(s);
            } catch (CharacterCodingException e) {
                throw new NotUtf8Exception(number() + 1, firstBadByte());
            }
        }

        /** The first byte where decoding fails (the start of the bad sequence). */
        private int firstBadByte() {
            ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
            StandardCharsets.UTF_8.newDecoder().decode(bytes, java.nio.CharBuffer.allocate(length), true);
            return bytes.hasRemaining() ? bytes.get() & 0xff : line[0] & 0xff;
        }
    }
}

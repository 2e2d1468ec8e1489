package org.cooperationatlas.base.ui.chart;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text a page keeps on the server only to send it again (a chart's option after a re-attach, its table for a
 * download), kept deflated: chart data repeats itself, and a world map's option shrinks tenfold. Reading it back
 * costs a millisecond, and happens seldom.
 */
final class PackedText implements Serializable {

    static final PackedText EMPTY = new PackedText(new byte[0], 0);

    private final byte[] packed;
    private final int length;

    private PackedText(byte[] packed, int length) {
        this.packed = packed;
        this.length = length;
    }

    static PackedText of(String text) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 4));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new PackedText(out.toByteArray(), plain.length);
        } finally {
            deflater.end();
        }
    }

    String text() {
        if (length == 0) {
            return "";
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] plain = new byte[length];
            int read = 0;
            while (read < length && !inflater.finished()) {
                read += inflater.inflate(plain, read, length - read);
            }
            return new String(plain, 0, read, StandardCharsets.UTF_8);
        } catch (DataFormatException corrupt) {
            throw new IllegalStateException("Packed text could not be read", corrupt);
        } finally {
            inflater.end();
        }
    }
}

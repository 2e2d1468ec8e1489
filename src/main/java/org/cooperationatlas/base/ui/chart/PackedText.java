package org.cooperationatlas.base.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import org.apache.commons.io.output.CountingOutputStream;

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

    /**
     * A JSON tree as text, written straight into the packed bytes: the whole text is never held at once, and the
     * writer keeps no buffer the size of the largest text it ever wrote (a string writer's would stay with the
     * thread).
     */
    static PackedText ofJson(ObjectMapper mapper, JsonNode json) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        CountingOutputStream counted = new CountingOutputStream(new DeflaterOutputStream(packed, deflater, 8192));
        try (counted) {
            mapper.writeValue(counted, json);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        } finally {
            deflater.end();
        }
        return new PackedText(packed.toByteArray(), Math.toIntExact(counted.getByteCount()));
    }

    boolean isEmpty() {
        return length == 0;
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

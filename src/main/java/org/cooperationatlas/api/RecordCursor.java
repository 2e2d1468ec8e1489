package org.cooperationatlas.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.SeekKey;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code after} parameter of the records list: the last row of a page, in every order the list offers,
 * written as one opaque URL-safe word. The next page starts after that row through the sort column's index, so
 * a page a million rows deep costs what the first one does.
 */
public final class RecordCursor {

    private RecordCursor() {}

    public static String of(SeekKey key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(key.title());
            out.writeUTF(key.kind().name());
            out.writeUTF(key.crimeArea().name());
            out.writeLong(key.periodFrom().toEpochDay());
            out.writeUTF(key.leadIso2());
            out.writeLong(key.id());
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    static SeekKey parse(String cursor) {
        try (DataInputStream in = new DataInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            SeekKey key = new SeekKey(
                    in.readUTF(),
                    RecordKind.valueOf(in.readUTF()),
                    CrimeArea.valueOf(in.readUTF()),
                    LocalDate.ofEpochDay(in.readLong()),
                    in.readUTF(),
                    in.readLong());
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return key;
        } catch (IOException | RuntimeException notACursor) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Not a cursor of this list: " + cursor + " (take `after` from a page's `next` address)");
        }
    }
}

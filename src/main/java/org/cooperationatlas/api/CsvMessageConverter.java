package org.cooperationatlas.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cooperationatlas.base.csv.CsvTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes an API answer as {@code text/csv}: a plain table, header first, that spreadsheets, pandas and R read as
 * they are. The table is written by Commons CSV, as the UI's downloads are; what is not a row (the next page, the
 * export date) goes in the response's headers. It comes after the JSON converter (see {@link ApiConfiguration}), so
 * that a client that accepts anything gets JSON.
 */
class CsvMessageConverter extends AbstractHttpMessageConverter<Tabular> {

    // Without a charset parameter, which would make text/csv more specific than application/json and win
    // over it for a client that accepts anything; the charset is added to the answer's content type.
    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    /** The day the table was written, as {@code yyyy-mm-dd} (UTC). */
    static final String EXPORT_DATE = "Export-Date";

    CsvMessageConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Tabular.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("The API reads no CSV", input);
    }

    @Override
    protected void writeInternal(Tabular table, HttpOutputMessage output) throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        output.getHeaders().set(EXPORT_DATE, today.toString());
        output.getHeaders()
                .set(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + table.name() + "-" + today + ".csv\"");
        CsvTable.plain(table.headers(), table.rows()).writeTo(output.getBody());
    }
}

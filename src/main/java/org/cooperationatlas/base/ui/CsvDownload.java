package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.cooperationatlas.base.csv.CsvTable;

/**
 * A "Download CSV" link for what a view shows, built when clicked, dated the day it is downloaded, and written
 * to the response row by row as its rows are read.
 */
public class CsvDownload extends Anchor {

    public CsvDownload(String fileName, SerializableSupplier<CsvTable> table) {
        setText(getTranslation("chart.download"));
        addClassNames(LumoUtility.FontSize.SMALL);
        setHref(handler(fileName, table, getTranslation("chart.exported")));
    }

    /**
     * What serves the CSV: for a link of its own, or for an element whose address a button of rendered HTML
     * follows. {@code exported} is the "exported on" label in the reader's language.
     */
    public static DownloadHandler handler(String fileName, SerializableSupplier<CsvTable> table, String exported) {
        return download -> {
            // The file speaks the reader's language and formats numbers as the page does: the page's UI is made
            // current while the rows are read and written (without its lock, which a long download would hold).
            Map<Class<?>, CurrentInstance> before = CurrentInstance.setCurrent(download.getUI());
            try {
                CsvTable csv = table.get().withExportDate(exported, LocalDate.now());
                download.setFileName(fileName);
                download.setContentType("text/csv;charset=UTF-8");
                try (OutputStream out = download.getOutputStream()) {
                    csv.writeTo(out);
                }
            } finally {
                CurrentInstance.restoreInstances(before);
            }
        };
    }
}

package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.cooperationatlas.base.csv.CsvTable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/** A "Download CSV" link for what a view shows, built when clicked, dated the day it is downloaded. */
public class CsvDownload extends Anchor {

    public CsvDownload(String fileName, SerializableSupplier<CsvTable> table) {
        setText(getTranslation("chart.download"));
        addClassNames(LumoUtility.FontSize.SMALL);
        setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = table.get().withExportDate(getTranslation("chart.exported"), LocalDate.now()).toBytes();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }));
    }
}

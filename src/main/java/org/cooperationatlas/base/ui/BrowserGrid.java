package org.cooperationatlas.base.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A lazily loaded, sortable grid that the browser draws alone: the browser's grid asks for a page of rows as the
 * reader scrolls or sorts, and the server answers with the rows' texts. The server keeps the columns' definitions
 * and the current order, not a component per column nor the rows it sent: a tenth of what a {@code Grid} with six
 * columns keeps in every reader's session. For read-only lists of rows, with sorting, multi-sorting, links and
 * columns that step aside on a phone; a grid whose cells hold components or editors is a {@code Grid}.
 *
 * @param <T> the row type
 */
@Tag("vaadin-grid")
public class BrowserGrid<T> extends Component implements HasSize, HasStyle {

    /** Narrower than this, in CSS pixels, counts as a phone, as for {@link FoldingFilters}. */
    private static final int NARROW_WIDTH = FoldingFilters.NARROW_WIDTH;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The most rows one request may ask for; the browser's grid asks for fifty. */
    static final int MAX_PAGE_SIZE = 500;

    private final List<GridColumn<T>> columns = new ArrayList<>();
    private final SerializableFunction<Pageable, List<T>> rows;
    private Sort order = Sort.unsorted();

    /** A grid whose rows come, a page at a time in the given order, from {@code rows}. */
    public BrowserGrid(SerializableFunction<Pageable, List<T>> rows) {
        this.rows = rows;
    }

    /**
     * A column of text. {@code sortProperty} (null: not sortable) is what a sort by this column asks the rows for.
     */
    public GridColumn<T> addColumn(String key, String header, ValueProvider<T, String> text, String sortProperty) {
        GridColumn<T> column = new GridColumn<>(key, header, text, null, sortProperty);
        columns.add(column);
        return column;
    }

    /** A column of links within the app, drawn by the browser: {@code href} is the target's path. */
    public GridColumn<T> addLinkColumn(
            String key,
            String header,
            ValueProvider<T, String> text,
            ValueProvider<T, String> href,
            String sortProperty) {
        GridColumn<T> column = new GridColumn<>(key, header, text, href, sortProperty);
        columns.add(column);
        return column;
    }

    /** Sets what the grid says when it has no rows: an element the browser shows in place of the rows. */
    public void setEmptyState(Component emptyState) {
        emptyState.getElement().setAttribute("slot", "empty-state");
        getElement().appendChild(emptyState.getElement());
    }

    public void addThemeNames(String... names) {
        getElement().getThemeList().addAll(List.of(names));
    }

    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    /** Asks the browser to fetch the rows again, as after a change of filter. */
    public void refresh() {
        getElement().executeJs("if (this.dataProvider) { this.clearCache(); }");
    }

    /** The order the reader last chose, as the rows were asked for in it; unsorted before any choice. */
    public Sort getOrder() {
        return order;
    }

    /**
     * Rows as the browser gets them for a page, read in {@code sort} ("key asc,other desc", first one first), which
     * is kept as the grid's order.
     */
    @ClientCallable
    public String rows(int page, int pageSize, String sort) {
        order = toSort(sort);
        ArrayNode sent = JSON.createArrayNode();
        for (T row : fetch(page, pageSize)) {
            ObjectNode item = sent.addObject();
            for (GridColumn<T> column : columns) {
                item.put(column.key, column.text.apply(row));
                if (column.href != null) {
                    item.put(column.key + "$href", column.href.apply(row));
                }
            }
        }
        return sent.toString();
    }

    /**
     * A page of rows in the current order, as {@link #rows} reads it. The page and its size come from the browser:
     * a negative page reads as the first, and a size is kept between 1 and {@link #MAX_PAGE_SIZE}.
     */
    public List<T> fetch(int page, int pageSize) {
        return rows.apply(PageRequest.of(Math.max(0, page), Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)), order));
    }

    /** A cell's text as the browser shows it. */
    public String cellText(T row, String key) {
        return column(key).map(column -> column.text.apply(row)).orElseThrow();
    }

    /** Sorts as clicks on the columns' sorters would: "key asc,other desc", first one first. */
    public void sort(String sort) {
        order = toSort(sort);
        refresh();
    }

    private Optional<GridColumn<T>> column(String key) {
        return columns.stream().filter(column -> column.key.equals(key)).findFirst();
    }

    // Only the sortable columns' own properties: the browser cannot ask for any other order.
    private Sort toSort(String sort) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String item : sort == null || sort.isBlank() ? new String[0] : sort.split(",")) {
            String[] parts = item.trim().split(" ");
            column(parts[0])
                    .filter(column -> column.sortProperty != null)
                    .ifPresent(column -> orders.add(
                            parts.length > 1 && parts[1].equalsIgnoreCase("desc")
                                    ? Sort.Order.desc(column.sortProperty)
                                    : Sort.Order.asc(column.sortProperty)));
        }
        return Sort.by(orders);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ArrayNode specs = JSON.createArrayNode();
        for (GridColumn<T> column : columns) {
            ObjectNode spec = specs.addObject()
                    .put("key", column.key)
                    .put("header", column.header)
                    .put("width", column.width)
                    .put("flexGrow", column.flexGrow)
                    .put("sortable", column.sortProperty != null)
                    .put("link", column.href != null)
                    .put("onPhone", column.onPhone);
            if (column.phoneWidth != null) {
                spec.put("phoneWidth", column.phoneWidth);
            }
        }
        PageScript.load(attachEvent.getUI());
        getElement().executeJs("window.atlasGrid.setup(this, JSON.parse($0), $1)", specs.toString(), NARROW_WIDTH);
    }

    /** A column's definition: what it shows, how wide, how it sorts, whether a phone shows it. */
    public static final class GridColumn<T> implements Serializable {

        private final String key;
        private final String header;
        private final ValueProvider<T, String> text;
        private final ValueProvider<T, String> href;
        private final String sortProperty;
        private String width = "10em";
        private int flexGrow = 1;
        private boolean onPhone = true;
        private String phoneWidth;

        private GridColumn(
                String key,
                String header,
                ValueProvider<T, String> text,
                ValueProvider<T, String> href,
                String sortProperty) {
            this.key = key;
            this.header = header;
            this.text = text;
            this.href = href;
            this.sortProperty = sortProperty;
        }

        public GridColumn<T> setWidth(String width) {
            this.width = width;
            return this;
        }

        public GridColumn<T> setFlexGrow(int flexGrow) {
            this.flexGrow = flexGrow;
            return this;
        }

        /** Hidden on a phone, where the grid keeps only the columns a reader needs to find a row. */
        public GridColumn<T> hiddenOnPhone() {
            this.onPhone = false;
            return this;
        }

        /** Its width on a phone. */
        public GridColumn<T> setPhoneWidth(String phoneWidth) {
            this.phoneWidth = phoneWidth;
            return this;
        }
    }
}

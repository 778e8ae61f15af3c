package dev.peerdesk.platform.faces;

import dev.peerdesk.platform.rest.Cursor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy model over a keyset-paged query: the database pages, this model remembers the
 * cursor of each page it has seen (page index → cursor), so the table can go to the next or a
 * previous page. The total is not known: the table is told there is one more row while a next page exists.
 */
public class KeysetLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the query: {@code (limit, cursor) → page}. */
    @FunctionalInterface
    public interface PageSource<T> extends java.io.Serializable {
        Cursor.Page<T> page(int limit, String cursor);
    }

    private final PageSource<T> source;
    private final HashMap<Integer, String> cursors = new HashMap<>();
    private int pageSize = 10;

    public KeysetLazyModel(PageSource<T> source) {
        this.source = source;
        cursors.put(0, "");
    }

    /** Before {@link #load}: enough rows that the requested page (one the model has a cursor for) is not clamped. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int lastKnown = cursors.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return (lastKnown + 1) * pageSize;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        this.pageSize = pageSize;
        int page = first / Math.max(1, pageSize);
        String cursor = cursors.get(page);
        if (cursor == null) { // a page we never reached by "next": start over
            page = 0;
            cursor = "";
        }
        Cursor.Page<T> result = source.page(pageSize, cursor);
        if (result.nextCursor() != null) {
            cursors.put(page + 1, result.nextCursor());
        }
        int start = page * pageSize;
        setRowCount(start + result.items().size() + (result.nextCursor() != null ? 1 : 0));
        return result.items();
    }

    /** Forget the pages (after the rows changed a lot, or to start over). */
    public void reset() {
        cursors.clear();
        cursors.put(0, "");
    }

    @Override
    public String getRowKey(T object) {
        return String.valueOf(System.identityHashCode(object));
    }
}

package org.disclosurehub.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

import graphql.execution.DataFetcherResult;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * One requested page of a keyset-paginated list: how many items, and the sort keys of the item
 * after which to continue. Built from Spring for GraphQL's {@link ScrollSubrange} (which decodes
 * {@code first}/{@code after}), then validated: {@code first} in 1–max, and a cursor that belongs
 * to this list.
 *
 * @param size  number of items to return
 * @param after sort-key values of the last item already seen, or null for the first page
 */
public record Page(int size, Map<String, Object> after) {

    /**
     * @param first the raw {@code first} argument: {@link ScrollSubrange} drops a negative one,
     *              which must be refused rather than silently replaced by the default
     */
    public static Page of(ScrollSubrange subrange, Integer first, QueryLimitProperties limits, Set<String> keyNames) {
        int size = limits.defaultPageSize();
        if (first != null) {
            size = first;
            if (size < 1 || size > limits.maxPageSize()) {
                throw HubException.badInput("first must be between 1 and " + limits.maxPageSize() + ", got " + size + ".");
            }
        }
        if (!subrange.forward()) {
            throw HubException.badInput("Lists page forwards only: use first and after.");
        }
        Map<String, Object> after = null;
        if (subrange.position().isPresent()) {
            ScrollPosition position = subrange.position().get();
            if (!(position instanceof KeysetScrollPosition keyset) || !keyset.getKeys().keySet().equals(keyNames)) {
                throw InvalidCursorException.INSTANCE;
            }
            after = keyset.getKeys();
        }
        return new Page(size, after);
    }

    public boolean first() {
        return after == null;
    }

    public String afterString(String key) {
        Object value = after.get(key);
        if (value instanceof String s) {
            return s;
        }
        throw InvalidCursorException.INSTANCE;
    }

    /**
     * Turns the {@code size + 1} rows a keyset query fetched into a window (the extra row only
     * says whether a next page exists), and attaches the lazily computed total for
     * {@code totalCount}.
     */
    public <T> DataFetcherResult<Window<T>> window(List<T> fetched, Function<T, Map<String, ?>> keys,
            LongSupplier total) {
        return window(fetched, keys, TotalCount.of(total));
    }

    public <T> DataFetcherResult<Window<T>> window(List<T> fetched, Function<T, Map<String, ?>> keys, TotalCount total) {
        boolean hasNext = fetched.size() > size;
        List<T> items = hasNext ? fetched.subList(0, size) : fetched;
        Window<T> window = Window.from(items, i -> ScrollPosition.forward(keys.apply(items.get(i))), hasNext);
        return DataFetcherResult.<Window<T>>newResult().data(window).localContext(total).build();
    }
}

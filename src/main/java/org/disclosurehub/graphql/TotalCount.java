package org.disclosurehub.graphql;

import java.util.function.Supplier;

/**
 * The total of a connection, carried as the list field's local context and counted only if the
 * query selects {@code totalCount}. The counter returns a number, or a future of one when the
 * count is batched through a DataLoader (a connection nested in each item of a list).
 */
public record TotalCount(Supplier<Object> counter) {

    public static TotalCount of(java.util.function.LongSupplier counter) {
        return new TotalCount(counter::getAsLong);
    }

    public Object count() {
        return counter.get();
    }
}

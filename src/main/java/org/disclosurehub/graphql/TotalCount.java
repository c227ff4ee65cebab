package org.disclosurehub.graphql;

import java.util.function.LongSupplier;

/**
 * The total of a connection, carried as the list field's local context and counted only if the
 * query selects {@code totalCount}.
 */
public record TotalCount(LongSupplier counter) {

    public long count() {
        return counter.getAsLong();
    }
}

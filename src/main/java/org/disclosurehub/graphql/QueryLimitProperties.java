package org.disclosurehub.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one request from monopolising the public endpoint ({@code datahub.graphql.*}).
 *
 * @param maxDepth        deepest field nesting accepted
 * @param maxComplexity   largest query cost accepted: each field costs 1, and a connection's
 *                        selection is multiplied by its {@code first}
 * @param defaultPageSize {@code first} when a list query does not give it
 * @param maxPageSize     largest {@code first} accepted
 */
@ConfigurationProperties("datahub.graphql")
public record QueryLimitProperties(int maxDepth, int maxComplexity, int defaultPageSize, int maxPageSize) {

    public QueryLimitProperties {
        maxDepth = maxDepth <= 0 ? 15 : maxDepth;
        maxComplexity = maxComplexity <= 0 ? 5000 : maxComplexity;
        defaultPageSize = defaultPageSize <= 0 ? 20 : defaultPageSize;
        maxPageSize = maxPageSize <= 0 ? 100 : maxPageSize;
    }
}

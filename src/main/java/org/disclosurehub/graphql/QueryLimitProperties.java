package org.disclosurehub.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from monopolising the public endpoint ({@code datahub.graphql.*}).
 *
 * @param maxDepth         deepest field nesting accepted
 * @param maxComplexity    largest query cost accepted: each field costs 1, and a connection's
 *                         selection is multiplied by its {@code first}
 * @param defaultPageSize  {@code first} when a list query does not give it
 * @param maxPageSize      largest {@code first} accepted
 * @param maxQueryLength   longest GraphQL document accepted, in characters; longer ones are
 *                         refused before they are parsed
 * @param maxTokens        most grammar tokens the parser reads before it gives up (graphql-java's
 *                         own guard, default 15,000, is lowered: validation work grows with it)
 * @param maxRequestSize   largest request body accepted on {@code /graphql} (query plus variables)
 * @param timeout          longest a request may run; then the client gets a {@code TIMEOUT} error
 *                         and the execution is cancelled
 * @param executionThreads most GraphQL executions running at once (the timeout needs them off the
 *                         servlet thread); the rest wait in a queue, counted against their timeout
 */
@ConfigurationProperties("datahub.graphql")
public record QueryLimitProperties(int maxDepth, int maxComplexity, int defaultPageSize, int maxPageSize,
        int maxQueryLength, int maxTokens, DataSize maxRequestSize, Duration timeout, int executionThreads) {

    public QueryLimitProperties {
        maxDepth = maxDepth <= 0 ? 15 : maxDepth;
        maxComplexity = maxComplexity <= 0 ? 5000 : maxComplexity;
        defaultPageSize = defaultPageSize <= 0 ? 20 : defaultPageSize;
        maxPageSize = maxPageSize <= 0 ? 100 : maxPageSize;
        maxQueryLength = maxQueryLength <= 0 ? 16_000 : maxQueryLength;
        maxTokens = maxTokens <= 0 ? 5_000 : maxTokens;
        maxRequestSize = maxRequestSize == null || maxRequestSize.toBytes() <= 0 ? DataSize.ofKilobytes(128) : maxRequestSize;
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? Duration.ofSeconds(10) : timeout;
        executionThreads = executionThreads <= 0 ? 64 : executionThreads;
    }
}

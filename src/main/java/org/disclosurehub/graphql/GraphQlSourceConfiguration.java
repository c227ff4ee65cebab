package org.disclosurehub.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.FieldCoordinates;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema is the contract, so start-up fails if any field of it has no data fetcher
 * (schema mapping inspection). Parsed and validated documents are cached: public portals send
 * the same few queries over and over. The cache is bounded by the documents' total length, not
 * their number, so that clients sending thousands of distinct maximum-length documents cannot
 * fill the heap with syntax trees.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlSourceConfiguration {

    /** About 4,000 typical portal queries, or 120 of the longest accepted (datahub.graphql.max-query-length). */
    static final long DOCUMENT_CACHE_CHARACTERS = 2_000_000;

    @Bean
    GraphQlSourceBuilderCustomizer strictSchemaAndDocumentCache() {
        Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
                .maximumWeight(DOCUMENT_CACHE_CHARACTERS)
                .weigher((String query, PreparsedDocumentEntry entry) -> 64 + query.length())
                .build();
        PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture.completedFuture(
                documents.get(input.getQuery(), q -> parseAndValidate.apply(input)));
        return builder -> builder
                .inspectSchemaMappings(report -> {
                    if (!unmapped(report).isEmpty() || !report.unmappedRegistrations().isEmpty()) {
                        throw new IllegalStateException("The schema has fields without a data fetcher: " + report);
                    }
                })
                .configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

    /**
     * Unmapped fields, except a connection's {@code edges} and {@code pageInfo}: the connection
     * adapter builds those from the {@code Window} a list query returns, which the inspection
     * cannot see through the {@code DataFetcherResult} that carries the total count.
     */
    static List<FieldCoordinates> unmapped(SchemaReport report) {
        return report.unmappedFields().stream()
                .filter(f -> !(f.getTypeName().endsWith("Connection")
                        && (f.getFieldName().equals("edges") || f.getFieldName().equals("pageInfo"))))
                .toList();
    }
}

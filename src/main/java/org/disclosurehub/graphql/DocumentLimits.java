package org.disclosurehub.graphql;

import graphql.parser.ParserOptions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses an over-long GraphQL document before it is parsed, and hands the parser the hub's
 * token limit ({@code datahub.graphql.max-query-length}, {@code .max-tokens}). What the parser
 * refuses it reports without quoting the offending text, which may be anything a client typed.
 * An alias bomb or a wall of fragments is therefore stopped after reading at most that many
 * tokens; what passes is then costed by {@link QueryCost} before it runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentLimits implements WebGraphQlInterceptor {

    private final int maxLength;
    private final ParserOptions parserOptions;

    DocumentLimits(QueryLimitProperties limits) {
        this.maxLength = limits.maxQueryLength();
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(limits.maxQueryLength())
                .maxTokens(limits.maxTokens())
                .redactTokenParserErrorMessages(true));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String document = request.getDocument();
        if (document != null && document.length() > maxLength) {
            return Mono.just(Refusal.of(request, ErrorCode.QUERY_TOO_COMPLEX, "The query is " + document.length()
                    + " characters long; at most " + maxLength + " are accepted."));
        }
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(ParserOptions.class, parserOptions);
            return input;
        });
        return chain.next(request);
    }
}

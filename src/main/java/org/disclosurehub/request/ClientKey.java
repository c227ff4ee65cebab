package org.disclosurehub.request;

import java.net.InetSocketAddress;
import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the client key the application throttles count by into the GraphQL context: the remote
 * address for now (a trusted-proxy-aware resolver will replace it; behind a proxy every client
 * would otherwise share the proxy's address).
 */
@Component
class ClientKey implements WebGraphQlInterceptor {

    static final String NAME = "datahub.clientKey";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress remote = request.getRemoteAddress();
        String key = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(NAME, key)).build());
        return chain.next(request);
    }
}

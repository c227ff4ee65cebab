package org.disclosurehub.request;

import java.net.InetSocketAddress;
import java.util.Map;

import org.disclosurehub.web.ClientAddresses;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the client key the application throttles count by into the GraphQL context: the client
 * address the public endpoint's guard resolved through trusted proxies (web/ClientAddresses), so
 * that behind a proxy each client is throttled on its own; the direct peer when the guard is off.
 */
@Component
class ClientKey implements WebGraphQlInterceptor {

    static final String NAME = "datahub.clientKey";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getAttributes().get(ClientAddresses.ATTRIBUTE) instanceof String resolved ? resolved
                : directPeer(request.getRemoteAddress());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(NAME, key)).build());
        return chain.next(request);
    }

    private static String directPeer(InetSocketAddress remote) {
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}

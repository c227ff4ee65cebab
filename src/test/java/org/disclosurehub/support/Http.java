package org.disclosurehub.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import net.minidev.json.JSONValue;

/**
 * Plain HTTP to the running hub, with any headers a test needs (a forwarded client address, an
 * Origin, a credential) and the raw answer: status, headers and body. Headers are given as
 * name, value, name, value, …
 */
public final class Http {

    private static final Configuration JSON = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A JSON GraphQL request body for {@code query} with no variables. */
    public static String graphQl(String query) {
        return graphQl(query, Map.of());
    }

    public static String graphQl(String query, Map<String, Object> variables) {
        return JSONValue.toJSONString(Map.of("query", query, "variables", variables));
    }

    public HttpResponse<String> postGraphQl(String body, String... headers) {
        return send(builder("/graphql", headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The same, sent chunked: no Content-Length, so the hub cannot know the size up front. */
    public HttpResponse<String> postGraphQlChunked(String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(builder("/graphql", headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    public HttpResponse<String> options(String path, String... headers) {
        return send(builder(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** A value in a JSON answer, e.g. {@code $.errors[0].extensions.code}; null when absent. */
    public static <T> T read(HttpResponse<String> response, String path) {
        return JsonPath.using(JSON).parse(response.body()).read(path);
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

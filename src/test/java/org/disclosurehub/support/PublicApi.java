package org.disclosurehub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import net.minidev.json.JSONValue;

/**
 * The public GraphQL API as a portal or a journalist sees it: a POST to /graphql, and the raw
 * text that comes back. Every response is handed to the checks registered with
 * {@link #onEveryResponse} before a test sees it, so a leak test can search every byte the hub
 * ever answered for what must never appear.
 */
public final class PublicApi {

    private static final Configuration JSON = Configuration.defaultConfiguration()
            .addOptions(Option.SUPPRESS_EXCEPTIONS);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final List<Consumer<Response>> checks = new ArrayList<>();
    private int requests;

    public PublicApi(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/graphql");
    }

    public PublicApi onEveryResponse(Consumer<Response> check) {
        checks.add(check);
        return this;
    }

    public int requests() {
        return requests;
    }

    /** Sends a query with variables given as name, value, name, value, … */
    public Response post(String query, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return post(query, vars);
    }

    public Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            requests++;
            Response r = new Response(response.statusCode(), response.body(), JsonPath.using(JSON).parse(response.body()));
            checks.forEach(c -> c.accept(r));
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: the HTTP status, the body exactly as sent, and the body parsed. */
    public record Response(int status, String raw, DocumentContext json) {

        public <T> T read(String path) {
            return json.read(path);
        }

        public List<Map<String, Object>> errors() {
            List<Map<String, Object>> errors = json.read("$.errors");
            return errors == null ? List.of() : errors;
        }

        /** Fails unless the answer has data and no errors; returns itself. */
        public Response ok() {
            assertThat(status).as(raw).isEqualTo(200);
            assertThat(errors()).as(raw).isEmpty();
            return this;
        }

        /** The single error's code ({@code extensions.code}). */
        public String errorCode() {
            assertThat(errors()).as(raw).hasSize(1);
            Map<String, Object> extensions = (Map<String, Object>) errors().get(0).get("extensions");
            return extensions == null ? null : (String) extensions.get("code");
        }

        /** Every string in the answer, keys included, as the client decodes them (escapes resolved). */
        public List<String> strings() {
            List<String> out = new ArrayList<>();
            collect(json.json(), out);
            return out;
        }

        private static void collect(Object node, List<String> out) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    out.add(String.valueOf(k));
                    collect(v, out);
                });
            } else if (node instanceof List<?> list) {
                list.forEach(v -> collect(v, out));
            } else if (node != null) {
                out.add(node.toString());
            }
        }
    }
}

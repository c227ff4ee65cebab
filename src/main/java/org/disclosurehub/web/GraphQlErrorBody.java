package org.disclosurehub.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.disclosurehub.graphql.ErrorCode;
import org.springframework.http.MediaType;

/**
 * A GraphQL-shaped error answer written before GraphQL is reached (rate limit, request too large,
 * malformed request): {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}, so that a client
 * handles every refusal the same way. The message is the hub's own text, never the client's input.
 */
final class GraphQlErrorBody {

    private GraphQlErrorBody() {
    }

    static void write(HttpServletResponse response, int status, ErrorCode code, String message,
            Map<String, Object> extensions) throws IOException {
        StringBuilder json = new StringBuilder(160).append("{\"errors\":[{\"message\":");
        string(json, message).append(",\"extensions\":{\"code\":");
        string(json, code.name());
        for (Map.Entry<String, Object> extension : extensions.entrySet()) {
            json.append(',');
            string(json, extension.getKey()).append(':');
            if (extension.getValue() instanceof Number n) {
                json.append(n);
            } else {
                string(json, String.valueOf(extension.getValue()));
            }
        }
        json.append("}}]}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}

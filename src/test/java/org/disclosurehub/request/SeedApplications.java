package org.disclosurehub.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The applications of seed-data/ as the CSV files hold them, for tests that look them up. */
final class SeedApplications {

    /** One application with its events, each a map of column to value. */
    record Seeded(Map<String, String> request, List<Map<String, String>> events) {

        String trackingNo() {
            return request.get("tracking_no");
        }

        String queryCode() {
            return request.get("query_code");
        }

        boolean has(String kind) {
            return events.stream().anyMatch(e -> e.get("kind").equals(kind));
        }
    }

    static List<Seeded> load() {
        Map<String, Seeded> byTracking = new LinkedHashMap<>();
        for (Map<String, String> r : read("disclosure_requests.csv")) {
            byTracking.put(r.get("tracking_no"), new Seeded(r, new ArrayList<>()));
        }
        for (Map<String, String> e : read("request_events.csv")) {
            byTracking.get(e.get("tracking_no")).events().add(e);
        }
        return new ArrayList<>(byTracking.values());
    }

    private static List<Map<String, String>> read(String file) {
        try {
            List<List<String>> rows = parse(Files.readString(Path.of("seed-data", file), StandardCharsets.UTF_8));
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    m.put(rows.get(0).get(i), row.get(i));
                }
                out.add(m);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180, as the seed generator writes it (\n line ends, quotes doubled). */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}

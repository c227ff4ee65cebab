package org.disclosurehub.database;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds the connection settings the hub relies on unless the operator's URL already sets them. */
public final class JdbcUrls {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        // Chinese text must round-trip exactly: 4-byte UTF-8 on the wire.
        DEFAULTS.put("characterEncoding", "UTF-8");
        // Multi-row INSERTs make bulk import an order of magnitude faster.
        DEFAULTS.put("rewriteBatchedStatements", "true");
        DEFAULTS.put("useSSL", "false");
        DEFAULTS.put("allowPublicKeyRetrieval", "true");
        DEFAULTS.put("cachePrepStmts", "true");
        DEFAULTS.put("prepStmtCacheSize", "250");
        DEFAULTS.put("useLocalSessionState", "true");
        DEFAULTS.put("tcpKeepAlive", "true");
    }

    private JdbcUrls() {
    }

    public static String withHubDefaults(String url) {
        return withDefaults(url, DEFAULTS);
    }

    /**
     * The hub's defaults, and LOAD DATA LOCAL allowed for files in {@code loadFolder} only: the
     * driver then refuses a server that asks for any other file (an unrestricted
     * {@code allowLoadLocalInfile=true} would hand it any file the hub can read).
     */
    public static String withHubDefaults(String url, Path loadFolder) {
        Map<String, String> defaults = new LinkedHashMap<>(DEFAULTS);
        defaults.put("allowLoadLocalInfileInPath", URLEncoder.encode(loadFolder.toString(), StandardCharsets.UTF_8));
        return withDefaults(url, defaults);
    }

    private static String withDefaults(String url, Map<String, String> defaults) {
        StringBuilder out = new StringBuilder(url);
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        boolean hasQuery = url.contains("?");
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            if (!containsParameter(query, e.getKey())) {
                out.append(hasQuery ? '&' : '?').append(e.getKey()).append('=').append(e.getValue());
                hasQuery = true;
            }
        }
        return out.toString();
    }

    /** The URL with its database name replaced, e.g. to give each test run its own schema. */
    public static String withDatabase(String url, String database) {
        int schemeEnd = url.indexOf("//");
        int slash = url.indexOf('/', schemeEnd + 2);
        int query = url.indexOf('?');
        String head = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String tail = query < 0 ? "" : url.substring(query);
        return head + "/" + database + tail;
    }

    private static boolean containsParameter(String query, String name) {
        for (String part : query.split("&")) {
            if (part.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                return true;
            }
        }
        return false;
    }
}

package org.disclosurehub.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, and whether it came over HTTPS. The direct peer is believed; its
 * forwarding headers ({@code Forwarded}, else {@code X-Forwarded-For} / {@code X-Forwarded-Proto})
 * only when the peer is a trusted proxy ({@code datahub.web.trusted-proxies}). The forwarding
 * chain is read from the right, through trusted proxies only, so a client cannot choose its own
 * address by sending the header itself.
 */
public final class ClientAddresses {

    /**
     * The request attribute holding the client's address as resolved here, for throttles further
     * in (e.g. the applications' look-up throttle), so every limit counts the same client.
     */
    public static final String ATTRIBUTE = "datahub.clientAddress";

    private final AddressRanges trustedProxies;

    ClientAddresses(AddressRanges trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    InetAddress clientOf(HttpServletRequest request) {
        InetAddress current = AddressRanges.parse(request.getRemoteAddr());
        if (current == null) {
            // a Unix socket or a test double: nothing to go on but the text itself
            current = InetAddress.getLoopbackAddress();
        }
        if (!trustedProxies.contains(current)) {
            return current;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0 && trustedProxies.contains(current); i--) {
            InetAddress hop = AddressRanges.parse(hops.get(i));
            if (hop == null) {
                // "unknown", an obfuscated identifier or garbage: the chain cannot be followed further
                break;
            }
            current = hop;
        }
        return current;
    }

    boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        InetAddress peer = AddressRanges.parse(request.getRemoteAddr());
        if (peer == null || !trustedProxies.contains(peer)) {
            return false;
        }
        String forwarded = request.getHeader("Forwarded");
        String proto = forwarded != null ? parameter(forwarded.split(",", 2)[0], "proto")
                : firstValue(request.getHeader("X-Forwarded-Proto"));
        return "https".equalsIgnoreCase(proto);
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    String value = parameter(element, "for");
                    hops.add(value == null ? "unknown" : value);
                }
            }
            return hops;
        }
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String value : header.split(",")) {
                hops.add(value.strip());
            }
        }
        return hops;
    }

    /** One parameter of one {@code Forwarded} element (RFC 7239), unquoted. */
    private static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals(name)) {
                String value = pair.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static String firstValue(String header) {
        return header == null ? null : header.split(",", 2)[0].strip();
    }
}

package org.disclosurehub.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hub meets the web ({@code datahub.web.*}): which peers may speak for a client, rate
 * limits per client, CORS for the portals, and the security headers on every response.
 *
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose {@code Forwarded} /
 *                       {@code X-Forwarded-For} / {@code X-Forwarded-Proto} headers are believed;
 *                       anyone else's are ignored, since a client can send them too
 * @param rateLimit      per-client rate limits
 * @param cors           cross-origin access for the portals' browser pages
 * @param headers        security headers
 */
@ConfigurationProperties("datahub.web")
public record WebProperties(
        @DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Cors cors,
        @DefaultValue Headers headers) {

    /**
     * A token bucket per client: it holds up to {@code burst} requests and refills at
     * {@code requestsPerSecond}. A client is its address, or, for a request with an
     * {@code Authorization: Bearer} credential, that credential (by its hash).
     *
     * @param enabled                     switch for the whole limiter
     * @param requestsPerSecond           sustained rate per client address
     * @param burst                       requests a client address may send at once
     * @param credentialRequestsPerSecond sustained rate per credential
     * @param credentialBurst             requests a credential may send at once
     * @param exemptAddresses             client addresses (or CIDR ranges) never limited: by
     *                                    default the loopback, i.e. processes on the hub's own host
     *                                    (operators, benchmarks, a co-located portal renderer);
     *                                    clients behind a proxy on the loopback are identified by
     *                                    their forwarded address and limited as usual
     * @param maxClients                  clients tracked at once (memory bound: about 200 bytes
     *                                    each); the least recently seen are forgotten first
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("100") double requestsPerSecond,
            @DefaultValue("300") int burst,
            @DefaultValue("50") double credentialRequestsPerSecond,
            @DefaultValue("200") int credentialBurst,
            @DefaultValue({"127.0.0.1", "::1"}) List<String> exemptAddresses,
            @DefaultValue("100000") int maxClients) {
    }

    /**
     * CORS on {@code /graphql} and {@code /graphql/*}. A page from any other origin gets no CORS
     * headers, so its browser does not let it read the answer.
     *
     * @param allowedOrigins origins of the portals, e.g. {@code https://www.bjdch.gov.cn}; a
     *                       pattern such as {@code https://*.beijing.gov.cn} is allowed; empty = none
     * @param allowedMethods methods a portal page may use
     * @param allowedHeaders request headers a portal page may send
     * @param maxAge         how long a browser may cache a preflight answer
     */
    public record Cors(
            @DefaultValue List<String> allowedOrigins,
            @DefaultValue({"GET", "POST"}) List<String> allowedMethods,
            @DefaultValue({"Content-Type", "Accept"}) List<String> allowedHeaders,
            @DefaultValue("1h") Duration maxAge) {
    }

    /**
     * Security headers on every response.
     *
     * @param contentSecurityPolicy {@code Content-Security-Policy}; the default lets the hub's own
     *                              GraphiQL page load its scripts and styles and talk to the hub,
     *                              and nothing else
     * @param referrerPolicy        {@code Referrer-Policy}
     * @param permissionsPolicy     {@code Permissions-Policy}
     * @param hstsMaxAge            {@code Strict-Transport-Security} max-age, sent only on HTTPS
     *                              (directly, or per a trusted proxy's forwarded protocol)
     */
    public record Headers(
            @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy,
            @DefaultValue("no-referrer") String referrerPolicy,
            @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()") String permissionsPolicy,
            @DefaultValue("365d") Duration hstsMaxAge) {
    }
}

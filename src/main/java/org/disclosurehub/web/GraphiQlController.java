package org.disclosurehub.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code GET /graphiql}, built only from files the hub serves itself: the GraphiQL
 * and React webjars under {@code /webjars/**} and the bootstrap script
 * {@code /graphiql/graphiql-init.js} (in {@code static/}). Boot's own GraphiQL page is switched
 * off because it loads from a CDN, which a government intranet cannot reach.
 */
@Controller
class GraphiQlController {

    /** Kept outside {@code static/} so the page has exactly one address, this controller's. */
    private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @GetMapping("/graphiql")
    ResponseEntity<Resource> page() {
        // no-cache, not no-store: a redeployed hub (new webjar versions in the page) is picked up
        // at once, while an unchanged page is still revalidated cheaply.
        return ResponseEntity.ok().contentType(HTML_UTF8).cacheControl(CacheControl.noCache()).body(PAGE);
    }
}

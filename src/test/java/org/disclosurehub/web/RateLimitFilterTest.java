package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The token buckets, on a clock the test moves: a burst, then the sustained rate; and the rule
 * that inventing credentials does not buy fresh buckets.
 */
class RateLimitFilterTest {

    private final AtomicLong nanos = new AtomicLong(1);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aBucketAllowsItsBurstThenRefillsAtItsRate() {
        RateLimiter limiter = new RateLimiter(2, 4, 100, nanos::get);

        assertThat(List.of(limiter.acquire("a"), limiter.acquire("a"), limiter.acquire("a"), limiter.acquire("a")))
                .containsOnly(0L);
        assertThat(limiter.acquire("a")).as("seconds to wait").isEqualTo(1L);
        assertThat(limiter.acquire("b")).as("another key").isZero();

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(limiter.acquire("a")).as("half a second at 2/s refills one").isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1L);

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(60));
        long allowed = 0;
        while (limiter.acquire("a") == 0) {
            allowed++;
        }
        assertThat(allowed).as("a long pause refills the burst, no more").isEqualTo(4);
    }

    @Test
    void refusedCredentialsAreChargedToTheirAddressSoInventingThemStopsPaying() throws Exception {
        RateLimitFilter filter = filter();
        int refusedBeforeLimit = 0;
        String last = null;
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response = send(filter, "203.0.113.50", "Bearer invented-" + i, 401);
            if (response.getStatus() == 401) {
                refusedBeforeLimit++;
            }
            last = response.getContentAsString();
            if (response.getStatus() == 429) {
                break;
            }
        }
        assertThat(refusedBeforeLimit).as("address burst of 3").isEqualTo(3);
        assertThat(last).contains("RATE_LIMITED");
        assertThat(meters.get("datahub.rate.limited").tag("client", "credential").counter().count()).isEqualTo(1);

        // a credential that is accepted is never charged to the address
        assertThat(List.of(send(filter, "203.0.113.51", "Bearer good", 200).getStatus(),
                send(filter, "203.0.113.51", "Bearer good", 200).getStatus(),
                send(filter, "203.0.113.51", "Bearer good", 200).getStatus(),
                send(filter, "203.0.113.51", "Bearer good", 200).getStatus())).containsOnly(200);
    }

    private RateLimitFilter filter() {
        AddressRanges loopback = AddressRanges.of(List.of("127.0.0.1"));
        return new RateLimitFilter(new ClientAddresses(loopback), AddressRanges.of(List.of()),
                new RateLimiter(1, 3, 100, nanos::get), new RateLimiter(1000, 1000, 100, nanos::get),
                new RateLimiter(1, 3, 100, nanos::get), meters);
    }

    private static MockHttpServletResponse send(RateLimitFilter filter, String address, String authorization,
            int answer) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", authorization);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain application = (req, res) -> ((MockHttpServletResponse) res).setStatus(answer);
        filter.doFilter(request, response, application);
        return response;
    }
}

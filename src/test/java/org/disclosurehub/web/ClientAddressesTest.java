package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Who a request comes from: the direct peer, or, behind trusted proxies only, the address they
 * forwarded. A client cannot choose its identity by sending forwarding headers itself.
 */
class ClientAddressesTest {

    private final ClientAddresses addresses =
            new ClientAddresses(AddressRanges.of(List.of("127.0.0.1", "::1", "10.0.0.0/8")));

    @Test
    void aClientConnectingDirectlyIsItsPeerAddressWhateverItsHeadersSay() {
        MockHttpServletRequest request = from("203.0.113.7");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        request.addHeader("Forwarded", "for=198.51.100.2;proto=https");

        assertThat(addresses.clientOf(request).getHostAddress()).isEqualTo("203.0.113.7");
        assertThat(addresses.isHttps(request)).isFalse();
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedForwardedAddressIsTheClient() {
        MockHttpServletRequest request = from("10.1.2.3");
        // written by the client, then its address appended by two trusted proxies
        request.addHeader("X-Forwarded-For", "6.6.6.6, 198.51.100.9, 10.4.4.4");

        assertThat(addresses.clientOf(request).getHostAddress()).isEqualTo("198.51.100.9");
    }

    @Test
    void theStandardForwardedHeaderIsReadFirstWithQuotesPortsAndIpv6() {
        MockHttpServletRequest request = from("127.0.0.1");
        request.addHeader("Forwarded", "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.0.0.5");
        request.addHeader("X-Forwarded-For", "198.51.100.1");

        assertThat(addresses.clientOf(request).getHostAddress()).isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(addresses.isHttps(request)).isTrue();
    }

    @Test
    void anUnknownOrUnparseableHopEndsTheChainAtTheLastKnownProxy() {
        MockHttpServletRequest request = from("127.0.0.1");
        request.addHeader("Forwarded", "for=unknown");
        assertThat(addresses.clientOf(request).getHostAddress()).isEqualTo("127.0.0.1");

        MockHttpServletRequest named = from("127.0.0.1");
        named.addHeader("X-Forwarded-For", "client.example.com");
        assertThat(addresses.clientOf(named).getHostAddress()).as("host names are never looked up").isEqualTo("127.0.0.1");
    }

    @Test
    void theIpv6LoopbackPeerIsTrustedAndHttpsIsReadFromATrustedProxyOnly() {
        MockHttpServletRequest request = from("0:0:0:0:0:0:0:1");
        request.addHeader("X-Forwarded-For", "198.51.100.20");
        request.addHeader("X-Forwarded-Proto", "https");

        assertThat(addresses.clientOf(request).getHostAddress()).isEqualTo("198.51.100.20");
        assertThat(addresses.isHttps(request)).isTrue();
    }

    @Test
    void onlyLiteralAddressesAreParsed() {
        assertThat(AddressRanges.parse("192.0.2.1:8080")).isNotNull();
        assertThat(AddressRanges.parse("999.1.1.1")).isNull();
        assertThat(AddressRanges.parse("localhost")).isNull();
        assertThat(AddressRanges.parse("zz:1")).isNull();
        assertThat(AddressRanges.of(List.of("192.168.0.0/16")).contains(AddressRanges.parse("192.168.200.1"))).isTrue();
        assertThat(AddressRanges.of(List.of("192.168.0.0/17")).contains(AddressRanges.parse("192.168.200.1"))).isFalse();
        assertThatThrownBy(() -> AddressRanges.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest from(String peer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(peer);
        return request;
    }
}

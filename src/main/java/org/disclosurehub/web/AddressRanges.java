package org.disclosurehub.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of IP addresses given as single addresses or CIDR ranges ({@code 10.0.0.0/8},
 * {@code ::1}). Only literal addresses are ever parsed: a host name, which would need a DNS
 * lookup, is refused, both in the configuration and in headers a client sent.
 */
final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Starts with a hex digit or ':', so that InetAddress takes it as a literal, never a host name. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AddressRanges of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String text = entry.strip();
            int slash = text.indexOf('/');
            InetAddress address = parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
            }
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("bad prefix length in " + entry);
            }
            ranges.add(new Range(address.getAddress(), prefix));
        }
        return new AddressRanges(List.copyOf(ranges));
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : ranges) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The address written in {@code text}, or null if it is not an IP literal. IPv6 may come in
     * brackets; a port after an IPv4 address or a bracketed IPv6 one is dropped.
     */
    static InetAddress parse(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            if (end < 0) {
                return null;
            }
            t = t.substring(1, end);
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':') && t.indexOf('.') > 0) {
            t = t.substring(0, t.indexOf(':'));
        }
        try {
            Matcher v4 = IPV4.matcher(t);
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(v4.group(i + 1));
                    if (octet > 255) {
                        return null;
                    }
                    bytes[i] = (byte) octet;
                }
                return InetAddress.getByAddress(bytes);
            }
            // with a ':' in it InetAddress parses a literal or fails; it never looks the text up in DNS
            return t.indexOf(':') >= 0 && IPV6.matcher(t).matches() ? InetAddress.getByName(t) : null;
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}

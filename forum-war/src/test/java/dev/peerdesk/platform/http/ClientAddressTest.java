package dev.peerdesk.platform.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @ParameterizedTest(name = "socket {0}, X-Forwarded-For \"{1}\", trusted \"{2}\" → {3}")
    @CsvSource(delimiter = '|', value = {
            // no proxy trusted: the header is whatever a client invented, and ignored
            "203.0.113.9 | 198.51.100.1      |                      | 203.0.113.9",
            // a trusted proxy: its right-most entry is the client
            "10.0.0.5    | 198.51.100.1      | 10.0.0.0/8           | 198.51.100.1",
            // a client that prepends a fake hop gains nothing: the proxy appended the real one last
            "10.0.0.5    | 1.2.3.4, 198.51.100.1 | 10.0.0.0/8       | 198.51.100.1",
            // two trusted proxies in a row
            "10.0.0.5    | 198.51.100.1, 10.0.0.7 | 10.0.0.0/8      | 198.51.100.1",
            // an untrusted socket never reads the header, even with a trusted address in it
            "198.51.100.7 | 10.0.0.1         | 10.0.0.0/8           | 198.51.100.7",
            // garbage in the header stops the walk at the last address we vouch for
            "127.0.0.1   | not-an-ip         | 127.0.0.1            | 127.0.0.1",
            "127.0.0.1   |                   | 127.0.0.1            | 127.0.0.1",
            // IPv6
            "::1         | 2001:db8::7       | ::1                  | 2001:db8::7",
            "10.1.2.3    | 198.51.100.1      | 10.1.2.3, 192.168.0.0/16 | 198.51.100.1",
    })
    void theClientIsTheFirstUntrustedHop(String socket, String forwardedFor, String trusted, String expected) {
        List<String> headers = forwardedFor == null ? List.of() : List.of(forwardedFor);
        assertThat(ClientAddress.resolve(socket, headers, ClientAddress.parse(trusted))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "10.255.0.1, 10.0.0.0/8, true",
            "11.0.0.1, 10.0.0.0/8, false",
            "192.168.1.77, 192.168.1.64/26, true",
            "192.168.1.128, 192.168.1.64/26, false",
            "127.0.0.1, ::1, false",
    })
    void cidrRangesMatchByPrefix(String address, String range, boolean expected) {
        assertThat(ClientAddress.isTrusted(address, ClientAddress.parse(range))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void headerValuesAreNeverLookedUpInDns() {
        assertThat(ClientAddress.literal("localhost")).isEmpty();
        assertThat(ClientAddress.literal("example.com")).isEmpty();
        assertThat(Arrays.asList(ClientAddress.literal("[::1]").isPresent(), ClientAddress.literal("8.8.8.8").isPresent()))
                .containsExactly(true, true);
    }
}

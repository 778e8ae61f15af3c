package dev.peerdesk.support.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTest {

    @ParameterizedTest(name = "{0} is internal")
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1"})
    void localAndPrivateAddressesAreInternal(String address) throws Exception {
        assertThat(WebhookTargets.internal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(WebhookTargets.internal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]/x", "http://169.254.169.254/"})
    void urlsNamingInternalAddressesAreRefused(String url) {
        assertThat(WebhookTargets.refusal(url)).isPresent();
    }
}

package dev.peerdesk.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.peerdesk.launcher.Launcher.payaraArguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherTest {

    @Test
    void withoutClusterSettingsThereIsNoDataGridAtAll() {
        // --nohazelcast, not --nocluster: with --nocluster Payara still opens a one-member Hazelcast
        // on every interface, and it ignores --nohazelcast when --nocluster is given as well
        assertThat(payaraArguments(List.of(), Map.of())).containsExactly("--nohazelcast");
        assertThat(payaraArguments(List.of("--port", "9090"), Map.of("FORUM_CLUSTER_NAME", " ")))
                .containsExactly("--port", "9090", "--nohazelcast").doesNotContain("--nocluster");
    }

    @Test
    void nameAndPasswordJoinOnlyThatCluster() {
        assertThat(payaraArguments(List.of(), Map.of("FORUM_CLUSTER_NAME", "prod", "FORUM_CLUSTER_PASSWORD", "s3cret")))
                .containsExactly("--clustername", Launcher.clusterName("prod", "s3cret"));
        assertThat(Launcher.clusterName("prod", "s3cret")).startsWith("prod-").hasSize("prod-".length() + 16)
                .as("another password is another grid").isNotEqualTo(Launcher.clusterName("prod", "other"));
    }

    @Test
    void anExplicitClusteringOptionWins() {
        Map<String, String> env = Map.of("FORUM_CLUSTER_NAME", "prod", "FORUM_CLUSTER_PASSWORD", "s3cret");
        assertThat(payaraArguments(List.of("--noCluster"), env)).containsExactly("--noCluster");
        assertThat(payaraArguments(List.of("--noHazelcast"), env)).containsExactly("--noHazelcast");
        assertThat(payaraArguments(List.of("--clustername", "staging", "--clusterpassword", "x"), Map.of()))
                .containsExactly("--clustername", "staging", "--clusterpassword", "x");
        assertThat(payaraArguments(List.of("--hzconfigfile", "hz.xml"), Map.of())).containsExactly("--hzconfigfile", "hz.xml");
    }

    @Test
    void halfAClusterConfigurationIsRefused() {
        assertThatThrownBy(() -> payaraArguments(List.of(), Map.of("FORUM_CLUSTER_NAME", "prod")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FORUM_CLUSTER_PASSWORD");
        assertThatThrownBy(() -> payaraArguments(List.of(), Map.of("FORUM_CLUSTER_PASSWORD", "s3cret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FORUM_CLUSTER_NAME");
    }
}

package dev.peerdesk.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIT extends PeerdeskIT {

    @Test
    void healthIsUpOnceTheDatabaseIsMigrated() {
        Api.Reply health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).contains("\"status\":\"UP\"").contains("database");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Api.Reply metrics = api.send("GET", "/metrics", null, null, java.util.Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("# TYPE");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply openapi = api.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.text()).contains("/api/v1/questions");
    }
}

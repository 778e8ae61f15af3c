package dev.peerdesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;

/**
 * The application's pooled, JTA-enlisted data source. READ COMMITTED avoids InnoDB gap locks, which
 * would otherwise make concurrent inserts of votes and answers on one post deadlock.
 */
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "dev.peerdesk.platform.ForumDataSource",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceSetup {
    public static final String JNDI_NAME = "java:app/jdbc/peerdesk";
}

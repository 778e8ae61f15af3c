package dev.peerdesk.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The physical connection source behind the container's pool ({@link DataSourceSetup}). It decides
 * on the first connection whether to use the external MariaDB named by {@code FORUM_DB_URL} or to
 * start the embedded one, so the database is always up before anything uses it, whatever the
 * order in which the container initialises the application.
 */
public class ForumDataSource implements DataSource {

    private volatile MariaDbDataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private MariaDbDataSource target() throws SQLException {
        MariaDbDataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    DatabaseSettings settings = DatabaseSettings.fromEnvironment();
                    MariaDbDataSource source;
                    if (settings.embedded()) {
                        // the embedded server's own account and generated password, not FORUM_DB_USER
                        EmbeddedMariaDb.Connection embedded = EmbeddedMariaDb.start(settings.dataDir());
                        source = new MariaDbDataSource(embedded.url());
                        source.setUser(embedded.user());
                        source.setPassword(embedded.password());
                    } else {
                        source = new MariaDbDataSource(settings.externalUrl().orElseThrow());
                        source.setUser(settings.user());
                        source.setPassword(settings.password());
                    }
                    target = source;
                }
                current = target;
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /** The pool may pass its own (empty) credentials; the configured ones always win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

package dev.peerdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URL;

/**
 * Deploys the packaged application (target/ROOT.war, exactly what ships in peerdesk.jar) on a real
 * Payara Micro against the real MariaDB it starts itself (or FORUM_DB_URL's), and talks to it over
 * HTTP like any client. Each test arranges its own data (fresh users with unique e-mails).
 *
 * <p>All IT classes of a run share one server (see {@link SharedPayaraMicroContainer}): the first
 * class starts it, later ones get the same {@link #base}. So a test must not assume an empty
 * database, default rules it did not set itself, or a server clock at wall-clock time (other tests
 * move it forward: use {@link Api#serverNow()}); what it changes globally it puts back in finally.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PeerdeskIT {

    @ArquillianResource
    protected URL base;

    protected Api api;

    @Deployment(testable = false)
    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("peerdesk.war")));
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        api.awaitReady();
    }
}

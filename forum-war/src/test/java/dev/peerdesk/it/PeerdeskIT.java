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

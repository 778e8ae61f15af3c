package dev.peerdesk.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Arquillian's Payara Micro connector, but one server for every IT class of the failsafe JVM.
 *
 * <p>Arquillian deploys once per test class, and the connector starts a new Payara Micro for every
 * deployment (and the application a new embedded MariaDB): about 50 s per class on CI. This
 * container lets the connector start the first deployment exactly as before (same arquillian.xml,
 * same command line, same {@code ROOT.war}) and hands that running server to every later class of
 * the JVM; undeploying at the end of a class does nothing, and the server is stopped when the JVM
 * ends. State is static because Arquillian may build a new container instance per test class.
 *
 * <p>Registered by {@link Extension} over the connector's own container (META-INF/services).
 */
public final class SharedPayaraMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicroContainer.class.getName());

    /** The running server of this JVM (its process when known), or null before the first deployment. */
    private static Server server;
    /** Why the first deployment failed: later classes fail at once instead of waiting again. */
    private static DeploymentException failed;

    private final PayaraMicroDeployableContainer connector = new PayaraMicroDeployableContainer();

    private record Server(String archiveName, ProtocolMetaData metaData, ProcessHandle process) {
    }

    /** Puts this container in place of the connector's, keeping everything else of the connector. */
    public static final class Extension implements org.jboss.arquillian.core.spi.LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    SharedPayaraMicroContainer.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        // the ITs' SMTP server runs before Payara and for the whole JVM; the server learns where it is
        String mail = ItMail.start().systemProperties();
        String options = configuration.getCmdOptions() == null ? "" : configuration.getCmdOptions();
        if (!options.contains("-DFORUM_SMTP_HOST=")) {
            configuration.setCmdOptions((options + " " + mail).strip());
        }
        connector.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return connector.getDefaultProtocol();
    }

    @Override
    public void start() {
        // the connector starts Payara Micro when it deploys
    }

    @Override
    public void stop() {
        // the server outlives Arquillian's suite: it is stopped when the JVM ends (see deploy)
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (SharedPayaraMicroContainer.class) {
            if (failed != null) {
                throw new DeploymentException("The shared Payara Micro did not start (see the first IT class): "
                        + failed.getMessage(), failed);
            }
            if (server == null) {
                server = startServer(archive);
            }
            if (!server.archiveName().equals(archive.getName())) {
                throw new DeploymentException("All ITs share one deployment of " + server.archiveName()
                        + "; a test class asked for " + archive.getName());
            }
            if (server.process() != null && !server.process().isAlive()) {
                throw new DeploymentException("The shared Payara Micro (pid " + server.process().pid()
                        + ") has died during an earlier IT class");
            }
            return server.metaData();
        }
    }

    private Server startServer(Archive<?> archive) throws DeploymentException {
        Set<ProcessHandle> before = children();
        ProtocolMetaData metaData;
        try {
            metaData = connector.deploy(archive);
            if (metaData == null) { // the connector returns null when it timed out waiting
                throw new DeploymentException("Payara Micro did not start within the startup timeout");
            }
        } catch (DeploymentException | RuntimeException e) {
            failed = e instanceof DeploymentException d ? d : new DeploymentException(e.toString(), e);
            newChildren(before).forEach(SharedPayaraMicroContainer::stopAndWait);
            throw failed;
        }
        List<ProcessHandle> started = newChildren(before);
        if (started.size() != 1) {
            // cannot tell which one it is: the connector's own shutdown hook still stops it
            LOG.warning(() -> "Expected one new Payara Micro process, found " + started);
            return new Server(archive.getName(), metaData, null);
        }
        ProcessHandle process = started.get(0);
        // the connector's own hook only signals the process; this one waits until Payara Micro and the
        // MariaDB it started are gone, so that the next run finds the data directory free
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndWait(process), "stop-shared-payara-micro"));
        LOG.info(() -> "Shared Payara Micro (pid " + process.pid() + ") serves all IT classes of this JVM");
        return new Server(archive.getName(), metaData, process);
    }

    private static Set<ProcessHandle> children() {
        return ProcessHandle.current().children().collect(Collectors.toSet());
    }

    private static List<ProcessHandle> newChildren(Set<ProcessHandle> before) {
        return ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
    }

    private static void stopAndWait(ProcessHandle process) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        try {
            if (!process.onExit().get(60, TimeUnit.SECONDS).isAlive()) {
                for (ProcessHandle child : tree) {
                    child.onExit().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (Exception stillRunning) {
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // the next test class uses the same deployment
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }
}

package dev.peerdesk.platform.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets {@link MalformedUris} answer the addresses that Payara's connector would refuse before any
 * filter runs.
 *
 * <p>Payara Micro 6 decodes and normalises the request path in its connector (Catalina's
 * {@code CoyoteAdapter.postParseRequest}, called from Grizzly's {@code HttpServerFilter} through
 * {@code ContainerMapper}); a path it refuses is answered there with {@code sendError(400,
 * "Invalid URI")} and returned before the host's pipeline runs, so no error page, valve,
 * {@code send-error_N} property or servlet filter ever sees it. Nothing in Payara's configuration
 * adds a body there. The one hook before it is Grizzly's monitoring probe: every
 * {@code HttpServerFilter} tells its {@code HttpServerProbe}s about each request it has parsed,
 * before handing it on. This listener adds such a probe to the HTTP listeners' filters while the
 * application is deployed: a malformed raw path ({@link MalformedUris#malformation}) gets the
 * request attribute {@link MalformedUris#ATTRIBUTE} and is replaced by {@link MalformedUris#TARGET}.
 *
 * <p>Payara's classes are reached by reflection (the WAR does not compile against the server), from
 * the class loader of the server's own {@code ServletContext}. If they cannot be found (another
 * server or version) this logs a warning and changes nothing: such addresses then get the server's
 * bare 400 again, which RobustnessIT notices.
 */
@WebListener
public class MalformedUriProbe implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MalformedUriProbe.class.getName());

    private final List<Runnable> removals = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String target = event.getServletContext().getContextPath() + MalformedUris.TARGET;
        try {
            Grizzly grizzly = new Grizzly(event.getServletContext().getClass().getClassLoader());
            List<Object> filters = grizzly.httpServerFilters();
            Object probe = grizzly.probe(request -> grizzly.route(request, target));
            for (Object filter : filters) {
                grizzly.addProbe(filter, probe);
                removals.add(() -> grizzly.removeProbe(filter, probe));
            }
            if (filters.isEmpty()) {
                LOG.warning("No HTTP listener found: malformed addresses get the server's bare 400 without a problem document");
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Cannot reach Payara's HTTP listeners: malformed addresses get the server's bare 400 "
                    + "without a problem document", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Runnable removal : removals) {
            try {
                removal.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Removing the malformed-address probe", e);
            }
        }
        removals.clear();
    }

    /** The few Payara (HK2, Grizzly) methods this needs, looked up once. */
    private static final class Grizzly {

        private final ClassLoader server;
        private final Class<?> probeType;
        private final Method monitoringConfig;
        private final Method addProbes;
        private final Method removeProbes;
        private final Method httpRequest;
        private final Method requestUri;
        private final Method setRequestUri;
        private final Method setAttribute;

        Grizzly(ClassLoader server) throws ReflectiveOperationException {
            this.server = server;
            Class<?> filterType = type("org.glassfish.grizzly.http.server.HttpServerFilter");
            Class<?> monitoringConfigType = type("org.glassfish.grizzly.monitoring.MonitoringConfig");
            Class<?> requestType = type("org.glassfish.grizzly.http.server.Request");
            Class<?> packetType = type("org.glassfish.grizzly.http.HttpRequestPacket");
            probeType = type("org.glassfish.grizzly.http.server.HttpServerProbe");
            monitoringConfig = filterType.getMethod("getMonitoringConfig");
            addProbes = monitoringConfigType.getMethod("addProbes", Object[].class);
            removeProbes = monitoringConfigType.getMethod("removeProbes", Object[].class);
            httpRequest = requestType.getMethod("getRequest");
            requestUri = packetType.getMethod("getRequestURI");
            setRequestUri = packetType.getMethod("setRequestURI", String.class);
            setAttribute = requestType.getMethod("setAttribute", String.class, Object.class);
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return Class.forName(name, false, server);
        }

        /** Grizzly's HttpServerFilter of every network listener Payara runs (http-listener, https-listener). */
        List<Object> httpServerFilters() throws ReflectiveOperationException {
            Class<?> locatorType = type("org.glassfish.hk2.api.ServiceLocator");
            Class<?> serviceType = type("com.sun.enterprise.v3.services.impl.GrizzlyService");
            Class<?> listenerConfigType = type("org.glassfish.grizzly.config.dom.NetworkListener");
            Class<?> filterType = type("org.glassfish.grizzly.http.server.HttpServerFilter");
            Object locator = type("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
            Object service = locatorType.getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, serviceType, new Annotation[0]);
            List<?> configs = (List<?>) locatorType.getMethod("getAllServices", Class.class, Annotation[].class)
                    .invoke(locator, listenerConfigType, new Annotation[0]);
            Method lookup = serviceType.getMethod("lookupNetworkProxy", listenerConfigType);
            List<Object> filters = new ArrayList<>();
            for (Object config : configs) {
                Object proxy = lookup.invoke(service, config);
                if (proxy == null) {
                    continue; // a listener that is not started (e.g. disabled)
                }
                Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
                List<?> found = (List<?>) listener.getClass().getMethod("getFilters", Class.class).invoke(listener, filterType);
                filters.addAll(found);
            }
            return filters;
        }

        /** An HttpServerProbe that passes each received request (Grizzly's Request) to the consumer. */
        Object probe(java.util.function.Consumer<Object> onRequest) {
            InvocationHandler handler = (self, method, args) -> switch (method.getName()) {
                case "onRequestReceiveEvent" -> {
                    onRequest.accept(args[2]);
                    yield null;
                }
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                case "toString" -> "Peerdesk's malformed-address probe";
                default -> null;
            };
            return Proxy.newProxyInstance(server, new Class<?>[] {probeType}, handler);
        }

        void addProbe(Object filter, Object probe) throws ReflectiveOperationException {
            addProbes.invoke(monitoringConfig.invoke(filter), (Object) probes(probe));
        }

        void removeProbe(Object filter, Object probe) {
            try {
                removeProbes.invoke(monitoringConfig.invoke(filter), (Object) probes(probe));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object probes(Object probe) {
            Object array = Array.newInstance(probeType, 1);
            Array.set(array, 0, probe);
            return array;
        }

        /**
         * Marks a request whose raw path the connector would refuse and points it at {@code target}.
         * Runs in Grizzly's request processing: it never throws (a failure leaves the request as it was).
         */
        void route(Object request, String target) {
            try {
                Object packet = httpRequest.invoke(request);
                String malformation = MalformedUris.malformation((String) requestUri.invoke(packet));
                if (malformation != null) {
                    setAttribute.invoke(request, MalformedUris.ATTRIBUTE, malformation);
                    setRequestUri.invoke(packet, target);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.FINE, "Checking a request address", e);
            }
        }
    }
}

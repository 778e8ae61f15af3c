# Peerdesk on the official Payara Micro 6 image (JDK 17).
# Build first:  mvn -B -DskipTests package
# Then:         docker build -t peerdesk . && docker run -p 8080:8080 -v peerdesk-data:/opt/payara/data peerdesk
FROM payara/micro:6.2025.10-jdk17

# The same peerdesk.jar as `java -jar` runs (Payara Micro, the WAR at / and the embedded MariaDB
# binaries, and its pre-boot commands: no Server header, no H2 pool), started through the same launcher (dev.peerdesk.launcher.Launcher), so the image and the
# jar behave the same: FORUM_HTTP_PORT is the port, and there is no data grid (--nohazelcast: no
# Hazelcast port, no discovery) unless both
# FORUM_CLUSTER_NAME and FORUM_CLUSTER_PASSWORD are set. Arguments after the image name are passed
# to Payara Micro and win over the environment, e.g. `docker run … peerdesk --clustername x …`.
COPY forum-war/target/peerdesk.jar /opt/payara/peerdesk.jar

# Configuration comes from the environment (README.md "Configuration").
ENV FORUM_HTTP_PORT=8080 \
    FORUM_DATA_DIR=/opt/payara/data

USER root
RUN mkdir -p /opt/payara/data && chown -R payara:payara /opt/payara/data
USER payara
VOLUME /opt/payara/data
EXPOSE 8080

# exec form: java is PID 1 and gets the SIGTERM of `docker stop`, whose shutdown stops MariaDB cleanly
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=70", "-jar", "/opt/payara/peerdesk.jar"]
CMD []

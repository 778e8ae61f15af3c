# Peerdesk on the official Payara Micro 6 image (JDK 17).
# Build first:  mvn -B -DskipTests package
# Then:         docker build -t peerdesk . && docker run -p 8080:8080 -v peerdesk-data:/opt/payara/data peerdesk
FROM payara/micro:6.2025.10-jdk17

# The WAR (served at / because it is named ROOT.war) and the embedded MariaDB binaries.
COPY forum-war/target/ROOT.war ${DEPLOY_DIR}/ROOT.war
COPY forum-war/target/server-lib/mariadb-server.jar /opt/payara/lib/mariadb-server.jar
COPY forum-war/src/main/payara/pre-boot-commands.asadmin /opt/payara/config/peerdesk-pre-boot-commands.asadmin

# Configuration comes from the environment (README.md "Configuration").
ENV FORUM_HTTP_PORT=8080 \
    FORUM_DATA_DIR=/opt/payara/data

USER root
RUN mkdir -p /opt/payara/data && chown -R payara:payara /opt/payara/data
USER payara
VOLUME /opt/payara/data
EXPOSE 8080

# --nocluster: instances behind a load balancer coordinate through the shared database, not Hazelcast.
ENTRYPOINT ["sh", "-c", "exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage=70 -jar /opt/payara/payara-micro.jar --nocluster --port ${FORUM_HTTP_PORT} --addLibs /opt/payara/lib/mariadb-server.jar --prebootcommandfile /opt/payara/config/peerdesk-pre-boot-commands.asadmin --deploy ${DEPLOY_DIR}/ROOT.war"]

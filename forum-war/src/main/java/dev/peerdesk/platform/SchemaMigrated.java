package dev.peerdesk.platform;

/**
 * Fired once at start-up after Flyway brought the schema up to date and before the application
 * reports ready. Observers run in {@code @Priority} order (the first admin before the demo community).
 */
public record SchemaMigrated() {
}

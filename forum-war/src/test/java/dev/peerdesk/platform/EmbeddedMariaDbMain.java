package dev.peerdesk.platform;

import java.nio.file.Path;

/**
 * Runs the embedded MariaDB as the application does, in a JVM of its own, so that a test can stop
 * that JVM with SIGTERM or SIGKILL: {@code EmbeddedMariaDbMain <FORUM_DATA_DIR>}. Prints
 * {@code READY} once the database accepts connections and then waits to be stopped.
 */
public final class EmbeddedMariaDbMain {

    private EmbeddedMariaDbMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb.start(Path.of(args[0]));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

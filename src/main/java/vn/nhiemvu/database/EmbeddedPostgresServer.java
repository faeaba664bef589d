package vn.nhiemvu.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server run from the binaries shipped in the application, stopped by Spring on shutdown. */
class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    EmbeddedPostgresServer(DatabaseProperties properties) {
        Path pgData = prepareDataDirectory(properties.dataDir()).resolve("postgres");
        stopOrphanedServer(pgData);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(properties.clean())
                    // zonky's own hook would stop PostgreSQL before Spring closes the pool (STACK.md).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.durable()) {
                // zonky starts with fsync and synchronous commit off: a crash would lose committed data.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            this.postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new DataDirectoryUnusable(pgData, e);
        }
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.getPort(),
                pgData.toAbsolutePath());
    }

    private static Path prepareDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | RuntimeException e) {
            throw new DataDirectoryUnusable(dataDir, e);
        }
        Path probe = dataDir.resolve(".write-test");
        try {
            Files.writeString(probe, "ok");
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataDirectoryUnusable(dataDir, e);
        }
        return dataDir;
    }

    /**
     * After the application was killed (kill -9, a power cut of the JVM only) its PostgreSQL keeps running
     * and holds the data directory, so the next start would fail. When no living application holds the
     * directory's lock, such a server is an orphan: stop it (a clean shutdown, committed data is on disk).
     */
    private static void stopOrphanedServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        Path lockFile = pgData.resolve("epg-lock");
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .ifPresent(process -> {
                        log.warn("Stopping the PostgreSQL server (pid {}) left running by an application that did not "
                                + "shut down", pid);
                        process.destroy();
                        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                    });
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException | OverlappingFileLockException e) {
            log.debug("No orphaned PostgreSQL server to stop in {}: {}", pgData, e.toString());
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }
}

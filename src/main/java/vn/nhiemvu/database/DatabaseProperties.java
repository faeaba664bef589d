package vn.nhiemvu.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and whether it writes them durably.
 *
 * @param dataDir the persistent data directory ({@code NHIEMVU_DATA_DIR}, default {@code ./data})
 * @param durable fsync and synchronous commit on; only tests turn it off, for speed
 * @param clean   wipe the data directory at start (tests only)
 */
@ConfigurationProperties("nhiemvu.database")
public record DatabaseProperties(Path dataDir, boolean durable, boolean clean) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}

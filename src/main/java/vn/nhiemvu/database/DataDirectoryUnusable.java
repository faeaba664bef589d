package vn.nhiemvu.database;

import java.nio.file.Path;

/** The data directory cannot hold the embedded database: missing rights, a file in the way, a full disk. */
class DataDirectoryUnusable extends RuntimeException {

    private final Path directory;

    DataDirectoryUnusable(Path directory, Throwable cause) {
        super("Data directory " + directory.toAbsolutePath() + " is not usable: " + cause.getMessage(), cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}

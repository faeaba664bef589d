package vn.nhiemvu.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.org.OrgFixtures;

/**
 * The application killed with SIGKILL (kill -9) in a process of its own: what it committed is there after
 * the next start, and the next start does not trip over the PostgreSQL server the dead one left running.
 */
class CrashRecoveryTests {

    private static final String PASSWORD = "crash-test-password";

    @Test
    void keepsCommittedDataAfterKillNineAndStartsAgain(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process first = start(dataDir, port);
        try {
            awaitUp(port, first);
            HttpResponse<String> created = send(port, HttpRequest.newBuilder()
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"SAUSUCO\",\"name\":\"Phòng sau sự cố\"}"))
                    .header("Content-Type", "application/json"), "/api/v1/units");
            assertThat(created.statusCode()).isEqualTo(201);
        } finally {
            first.destroyForcibly().waitFor();
        }
        Process second = start(dataDir, port);
        try {
            awaitUp(port, second);
            HttpResponse<String> units = send(port, HttpRequest.newBuilder().GET(), "/api/v1/units");
            assertThat(units.body()).contains("\"code\":\"SAUSUCO\"", "Phòng sau sự cố");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process start(Path dataDir, int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                NhiemVuApplication.class.getName(), "--server.port=" + port,
                "--nhiemvu.database.data-dir=" + dataDir, "--nhiemvu.bootstrap.admin-password=" + PASSWORD,
                "--logging.structured.format.console=", "--logging.level.root=WARN"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitUp(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application process is running").isTrue();
            try {
                if (send(port, HttpRequest.newBuilder().GET(), "/actuator/health").body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not start within 3 minutes");
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request, String path) throws Exception {
        return HttpClient.newHttpClient().send(request.uri(URI.create("http://localhost:" + port + path))
                .header("Authorization", OrgFixtures.basicHeader("admin", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

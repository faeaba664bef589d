package vn.nhiemvu.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.org.OrgFixtures;

/** Starts the real application, as the README's run command does, on directories of its own. */
class DatabaseStartupTests {

    private static final String PASSWORD = "restart-test-password";

    @Test
    void keepsAUnitCreatedThroughTheApiAcrossARestart(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            HttpResponse<String> created = send(first, HttpRequest.newBuilder()
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"BEN\",\"name\":\"Phòng Bền vững\"}"))
                    .header("Content-Type", "application/json"), "/api/v1/units");
            assertThat(created.statusCode()).isEqualTo(201);
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            HttpResponse<String> units = send(second, HttpRequest.newBuilder().GET(), "/api/v1/units");
            assertThat(units.statusCode()).isEqualTo(200);
            assertThat(units.body()).contains("\"code\":\"BEN\"", "Phòng Bền vững");
        }
    }

    @Test
    void namesTheSettingWhenTheExternalDatabaseDoesNotAnswer() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NhiemVuApplication.class)
                .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nhiemvu",
                        "--spring.datasource.username=nhiemvu", "--server.port=0",
                        "--logging.structured.format.console=", "--spring.datasource.hikari.connection-timeout=2000")
                )
                .satisfies(failure -> {
                    FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).startsWith(
                            "Không kết nối được cơ sở dữ liệu ngoài đặt trong NHIEMVU_DB_URL");
                });
    }

    @Test
    void namesTheSettingWhenTheDataDirectoryCannotBeWritten(@TempDir Path temp) throws Exception {
        Path aFile = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> new SpringApplicationBuilder(NhiemVuApplication.class)
                .run("--nhiemvu.database.data-dir=" + aFile.resolve("data"), "--server.port=0",
                        "--logging.structured.format.console=")
                )
                .satisfies(failure -> {
                    FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).startsWith("Thư mục dữ liệu NHIEMVU_DATA_DIR=");
                });
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(NhiemVuApplication.class)
                .run("--nhiemvu.database.data-dir=" + dataDir, "--nhiemvu.database.durable=false",
                        "--nhiemvu.bootstrap.admin-password=" + PASSWORD, "--server.port=0",
                        "--logging.structured.format.console=");
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext context, HttpRequest.Builder request,
            String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpClient.newHttpClient().send(request.uri(URI.create("http://localhost:" + port + path))
                .header("Authorization", OrgFixtures.basicHeader("admin", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

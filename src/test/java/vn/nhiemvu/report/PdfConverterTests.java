package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF conversion around LibreOffice, with stand-in programs: a missing program, one that fails, one that hangs,
 * and conversions at the same time, each on its own profile.
 */
class PdfConverterTests {

    @TempDir
    Path directory;

    private Path program(String name, String script) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static PdfConverter converter(Path program, Duration timeout, int concurrency) {
        return new PdfConverter(new ReportProperties(program.toString(), timeout, concurrency, null));
    }

    /** Writes document.pdf into --outdir, holding the profile it was given. */
    private static final String CONVERT = """
            profile=""; out=""; in=""
            while [ $# -gt 0 ]; do
              case "$1" in
                -env:UserInstallation=*) profile="${1#-env:UserInstallation=}";;
                --outdir) out="$2"; shift;;
                *.docx) in="$1";;
              esac
              shift
            done
            sleep 0.3
            printf '%s' "$profile" > "$out/document.pdf"
            """;

    @Test
    void saysSoWhenLibreOfficeIsNotInstalled() {
        PdfConverter converter = converter(directory.resolve("no-such-soffice"), Duration.ofSeconds(5), 1);
        assertThat(converter.available()).isFalse();
        assertThatThrownBy(() -> converter.convert(new byte[] {1}))
                .isInstanceOfSatisfying(PdfUnavailable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.pdf.missing"));
    }

    @Test
    void reportsAConversionThatFails() throws IOException {
        PdfConverter converter = converter(program("soffice", "echo 'Error: source file could not be loaded'; exit 1"),
                Duration.ofSeconds(5), 1);
        assertThat(converter.available()).isTrue();
        assertThatThrownBy(() -> converter.convert(new byte[] {1}))
                .isInstanceOfSatisfying(PdfUnavailable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.pdf.failed"))
                .hasMessageContaining("could not be loaded");
    }

    @Test
    void stopsAConversionThatTakesTooLong() throws IOException {
        PdfConverter converter = converter(program("soffice", "sleep 30"), Duration.ofMillis(500), 1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> converter.convert(new byte[] {1}))
                .isInstanceOfSatisfying(PdfUnavailable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.pdf.timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void givesConversionsAtTheSameTimeEachItsOwnProfile() throws Exception {
        PdfConverter converter = converter(program("soffice", CONVERT), Duration.ofSeconds(20), 2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> new String(converter.convert(new byte[] {1}), StandardCharsets.UTF_8)));
            }
            List<String> profiles = new ArrayList<>();
            for (Future<String> result : results) {
                profiles.add(result.get());
            }
            assertThat(profiles).allSatisfy(profile -> assertThat(profile).startsWith("file:/").contains("profile-"));
            assertThat(profiles.stream().distinct()).hasSize(2);
        } finally {
            pool.shutdownNow();
            converter.removeProfiles();
        }
    }
}

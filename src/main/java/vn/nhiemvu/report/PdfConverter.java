package vn.nhiemvu.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Turns a DOCX into a PDF with LibreOffice headless ({@code soffice --convert-to pdf}), the only converter that
 * lays out a Word file as Word does. Each conversion runs with a private user profile (LibreOffice refuses a
 * second instance on a profile in use), at most {@code pdfConcurrency} at once, and is stopped after
 * {@code pdfTimeout}. Profiles are kept between conversions: a fresh one costs seconds.
 */
@Component
class PdfConverter {

    private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);

    private final ReportProperties properties;
    private final BlockingQueue<Path> profiles;
    private volatile Path root;

    PdfConverter(ReportProperties properties) {
        this.properties = properties;
        this.profiles = new ArrayBlockingQueue<>(properties.pdfConcurrency());
    }

    /** Whether the program is there: on the PATH, or at the configured path. */
    boolean available() {
        return program() != null;
    }

    private Path program() {
        String soffice = properties.soffice();
        if (soffice.contains(File.separator)) {
            Path path = Paths.get(soffice);
            return Files.isExecutable(path) ? path : null;
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return null;
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Paths.get(directory, soffice);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    byte[] convert(byte[] docx) {
        Path program = program();
        if (program == null) {
            throw new PdfUnavailable("report.pdf.missing", properties.soffice() + " not found", null);
        }
        Path profile = takeProfile();
        boolean keepProfile = true;
        Path work = null;
        try {
            work = Files.createTempDirectory(root(), "job-");
            Path input = work.resolve("document.docx");
            Files.write(input, docx);
            Path logFile = work.resolve("soffice.log");
            Process process = new ProcessBuilder(program.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf",
                    "--outdir", work.toString(), input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            if (!process.waitFor(properties.pdfTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                keepProfile = false;
                throw new PdfUnavailable("report.pdf.timeout", "after " + properties.pdfTimeout(), null);
            }
            Path output = work.resolve("document.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(output) || Files.size(output) == 0) {
                String said = Files.exists(logFile) ? Files.readString(logFile).strip() : "";
                keepProfile = false;
                throw new PdfUnavailable("report.pdf.failed", "exit " + process.exitValue() + ": " + said, null);
            }
            return Files.readAllBytes(output);
        } catch (IOException e) {
            keepProfile = false;
            throw new PdfUnavailable("report.pdf.failed", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            keepProfile = false;
            throw new PdfUnavailable("report.pdf.failed", "interrupted", e);
        } finally {
            delete(work);
            giveBack(profile, keepProfile);
        }
    }

    private Path takeProfile() {
        try {
            Path base = root();
            Path profile = profiles.poll();
            if (profile != null) {
                return profile;
            }
            synchronized (this) {
                if (created < properties.pdfConcurrency()) {
                    created++;
                    return base.resolve("profile-" + created);
                }
            }
            profile = profiles.poll(properties.pdfTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (profile == null) {
                throw new PdfUnavailable("report.pdf.busy", "no free LibreOffice profile", null);
            }
            return profile;
        } catch (IOException e) {
            throw new PdfUnavailable("report.pdf.failed", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfUnavailable("report.pdf.failed", "interrupted", e);
        }
    }

    private int created;

    /** A profile a conversion broke or abandoned is wiped; the next conversion builds it again. */
    private void giveBack(Path profile, boolean keep) {
        if (!keep) {
            delete(profile);
        }
        profiles.offer(profile);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path root() throws IOException {
        Path current = root;
        if (current == null) {
            synchronized (this) {
                if (root == null) {
                    root = Files.createTempDirectory("nhiemvu-soffice-");
                }
                current = root;
            }
        }
        return current;
    }

    @PreDestroy
    void removeProfiles() {
        delete(root);
    }

    private static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}: {}", path, e.getMessage());
        }
    }
}

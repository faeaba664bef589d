package vn.nhiemvu.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import vn.nhiemvu.shared.Refused;

/** Reads the text of a page image. The real one runs Tesseract with its Vietnamese model. */
interface Ocr {

    boolean available();

    String read(BufferedImage page, String fileName);

    static Ocr tesseract() {
        return Tesseract.INSTANCE;
    }

    /** Debian's tesseract-ocr with tesseract-ocr-vie; a missing command or model means no OCR. */
    final class Tesseract implements Ocr {

        static final Tesseract INSTANCE = new Tesseract();
        private static final long PAGE_TIMEOUT_SECONDS = 120;
        private volatile Boolean available;

        @Override
        public boolean available() {
            Boolean known = available;
            if (known == null) {
                known = probe();
                available = known;
            }
            return known;
        }

        private static boolean probe() {
            try {
                Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0
                        && output.lines().anyMatch(line -> line.strip().equals("vie"));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public String read(BufferedImage page, String fileName) {
            Path image = null;
            try {
                image = Files.createTempFile("nhiemvu-ocr-", ".png");
                ImageIO.write(page, "png", image.toFile());
                Process process = new ProcessBuilder(List.of("tesseract", image.toString(), "stdout", "-l", "vie"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw Refused.invalid("importer.ocrFailed", fileName);
                }
                if (process.exitValue() != 0) {
                    throw Refused.invalid("importer.ocrFailed", fileName);
                }
                return new String(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Refused.invalid("importer.ocrFailed", fileName);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Refused.invalid("importer.ocrFailed", fileName);
            } finally {
                if (image != null) {
                    try {
                        Files.deleteIfExists(image);
                    } catch (IOException ignored) {
                        // A temporary file left behind is removed with the system's temporary files.
                    }
                }
            }
        }
    }
}

package vn.nhiemvu.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.shared.Refused;

/**
 * Runs the importer over every document of a corpus directory and writes one proposal JSON per document,
 * named like the gold files, for {@code ../shared/tools/score_import.py}. No Spring context.
 *
 * <pre>java … vn.nhiemvu.importer.ImportEvaluation [corpus dir] [output dir]</pre>
 */
public final class ImportEvaluation {

    /** The proposal as written to disk: the gold file's layout with the importer's extra fields. */
    record Output(String document, ProposalMeta meta, List<ProposedTask> tasks, List<ImportWarning> warnings,
            @JsonProperty("content_hash") String contentHash) {
    }

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ImportEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path out = Path.of(args.length > 1 ? args[1] : "target/import-eval");
        Files.createDirectories(out);
        DocumentImporter importer = new DocumentImporter();
        List<Path> documents;
        try (Stream<Path> files = Files.list(corpus)) {
            documents = files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|md|docx|pdf)$"))
                    .filter(p -> !p.getFileName().toString().matches("(?i)(readme|gold-format).*")).sorted().toList();
        }
        for (Path document : documents) {
            String name = document.getFileName().toString();
            long started = System.nanoTime();
            Proposal proposal;
            try {
                proposal = importer.extract(importer.read(Files.readAllBytes(document), name));
            } catch (Refused refused) {
                System.out.printf("%-32s refused: %s%n", name, refused.getMessage());
                continue;
            }
            long micros = (System.nanoTime() - started) / 1000;
            String base = name.replaceFirst("\\.[^.]+$", "");
            Output output = new Output(name, proposal.meta(), proposal.tasks(), proposal.warnings(), proposal.contentHash());
            Files.writeString(out.resolve(base + ".json"), JSON.writeValueAsString(output));
            System.out.printf("%-32s %3d tasks %3d warnings %6.1f ms%n", name, proposal.tasks().size(),
                    proposal.warnings().size(), micros / 1000.0);
        }
    }
}

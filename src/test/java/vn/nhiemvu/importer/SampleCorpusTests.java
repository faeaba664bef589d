package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The importer on the sample documents of ../shared/corpus against their gold files, scored as
 * ../shared/tools/score_import.py scores (GOLD-FORMAT.md §8): task F1 at least 0.90, lead and deadline
 * accuracy over matched tasks at least 0.95, and as many tasks as the gold per document.
 */
class SampleCorpusTests {

    /** Beside the repository; {@code -Dimporter.corpus=…} points elsewhere (a copy of the tree built in /tmp). */
    private static final Path CORPUS = Path.of(System.getProperty("importer.corpus", "../shared/corpus"));

    @Test
    void meetsTheTargetsOnTheSampleDocuments() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("gold")), "../shared/corpus is not beside the repository");
        DocumentImporter importer = new DocumentImporter();
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        int leads = 0;
        int deadlines = 0;
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path document : documents) {
            String base = document.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = CORPUS.resolve("gold").resolve(base + ".json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            JsonNode goldTasks = ImportEvaluation.JSON.readTree(Files.readString(goldFile)).get("tasks");
            Proposal proposal = importer.extract(importer.read(Files.readAllBytes(document), document.getFileName().toString()));
            List<ProposedTask> tasks = proposal.tasks();
            assertThat(tasks).as(base).hasSize(goldTasks.size());

            record Pair(double coverage, int gold, int pred) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int g = 0; g < goldTasks.size(); g++) {
                for (int p = 0; p < tasks.size(); p++) {
                    pairs.add(new Pair(coverage(goldTasks.get(g).get("content").asText(), tasks.get(p).content()), g, p));
                }
            }
            pairs.sort((a, b) -> Double.compare(b.coverage(), a.coverage()));
            Set<Integer> usedGold = new HashSet<>();
            Set<Integer> usedPred = new HashSet<>();
            for (Pair pair : pairs) {
                if (pair.coverage() < 0.6) {
                    break;
                }
                if (usedGold.contains(pair.gold()) || usedPred.contains(pair.pred())) {
                    continue;
                }
                usedGold.add(pair.gold());
                usedPred.add(pair.pred());
                JsonNode g = goldTasks.get(pair.gold());
                ProposedTask t = tasks.get(pair.pred());
                matched++;
                leads += leadRight(g, t) ? 1 : 0;
                deadlines += deadlineRight(g.get("deadline"), t.deadline()) ? 1 : 0;
            }
            gold += goldTasks.size();
            predicted += tasks.size();
        }
        double precision = (double) matched / predicted;
        double recall = (double) matched / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("task F1").isGreaterThanOrEqualTo(0.90);
        assertThat((double) leads / matched).as("lead accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat((double) deadlines / matched).as("deadline accuracy").isGreaterThanOrEqualTo(0.95);
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").toLowerCase();
        return d.replaceAll("[^0-9a-z&]+", " ").strip();
    }

    private static List<String> words(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    static double coverage(String gold, String pred) {
        List<String> g = words(gold);
        g = g.subList(0, Math.min(12, g.size()));
        List<String> p = words(pred);
        p = p.subList(0, Math.min(g.size() + 40, p.size()));
        if (g.isEmpty()) {
            return 0;
        }
        int[] prev = new int[p.size() + 1];
        for (String x : g) {
            int[] cur = new int[p.size() + 1];
            for (int j = 0; j < p.size(); j++) {
                cur[j + 1] = x.equals(p.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        return (double) prev[p.size()] / g.size();
    }

    private static boolean leadRight(JsonNode gold, ProposedTask task) {
        String pl = norm(task.lead());
        String gl = gold.get("lead").isNull() ? null : gold.get("lead").asText();
        if (gl == null) {
            return pl.isEmpty();
        }
        if (pl.isEmpty()) {
            return false;
        }
        for (String x : List.of(norm(gl), norm(gold.get("lead_canonical").asText()))) {
            if (!x.isEmpty() && (x.equals(pl) || x.contains(pl) || pl.contains(x))) {
                return true;
            }
        }
        return false;
    }

    private static boolean deadlineRight(JsonNode gold, ProposedDeadline deadline) {
        String gk = gold.get("kind").asText().toLowerCase();
        if (!gk.equals(deadline.kindCode())) {
            return false;
        }
        return gold.get("value").isNull() || gold.get("value").asText().equals(deadline.value());
    }
}

package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A proposal serialises with the gold files' field names (GOLD-FORMAT.md §1). */
class ProposalJsonTests {

    @Test
    void writesTheGoldFieldNamesInSnakeCaseAndTheDeadlineKindInLowerCase() {
        Proposal proposal = new TaskExtractor().extract("""
                Số: 12/KH-KHCN
                KẾ HOẠCH
                Công tác năm 2024

                I. NHIỆM VỤ
                Giao Thanh tra Sở chủ trì, phối hợp với Văn phòng Sở kiểm tra trước ngày 10/6/2024.
                """);

        JsonNode json = ImportEvaluation.JSON.valueToTree(proposal);
        JsonNode task = json.get("tasks").get(0);

        assertThat(json.get("meta").has("signer_title")).isTrue();
        assertThat(json.get("meta").has("signature_block")).isTrue();
        assertThat(json.get("meta").has("source_document")).isTrue();
        assertThat(json.get("content_hash").asText()).hasSize(64);
        assertThat(task.get("lead_canonical").asText()).isEqualTo("Thanh tra Sở");
        assertThat(task.get("support_canonical").get(0).asText()).isEqualTo("Văn phòng Sở");
        assertThat(task.has("co_leads")).isTrue();
        assertThat(task.has("source_ref")).isTrue();
        assertThat(task.get("deadline").get("kind").asText()).isEqualTo("date");
        assertThat(task.get("deadline").get("value").asText()).isEqualTo("2024-06-10");
        assertThat(task.get("span").get("end").asInt()).isGreaterThan(task.get("span").get("start").asInt());
    }
}

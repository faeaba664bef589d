package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.org.OrgFixtures;

/** Records directives and tasks through the JSON API, as a program of the Department would. */
final class TaskApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;
    private final String username;
    private final String password;

    TaskApi(MockMvcTester mvc, String username) {
        this(mvc, username, OrgFixtures.password(username));
    }

    TaskApi(MockMvcTester mvc, String username, String password) {
        this.mvc = mvc;
        this.username = username;
        this.password = password;
    }

    RequestPostProcessor auth() {
        return request -> {
            request.addHeader("Authorization", OrgFixtures.basicHeader(username, password));
            return request;
        };
    }

    MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).with(auth()).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    long directive(String reference, String issuedOn) {
        MvcTestResult result = post("/api/v1/directives", """
                {"reference":"%s","issuedOn":"%s","issuer":"UBND tỉnh","kind":"CV","summary":"Văn bản %s"}"""
                .formatted(reference, issuedOn, reference));
        assertThat(result).hasStatus(201);
        return id(result);
    }

    long task(long directiveId, String content, String leadUnit, String deadlineJson) {
        MvcTestResult result = post("/api/v1/tasks", """
                {"directiveId":%d,"content":"%s","leadUnit":"%s","deadline":%s}"""
                .formatted(directiveId, content, leadUnit, deadlineJson));
        assertThat(result).hasStatus(201);
        return id(result);
    }

    /** One row of a report's appendix: the directive, its task, and the completion when there is one. */
    long directiveWithTask(String reference, String issuedOn, String content, String leadUnit, String due,
            String completedOn, String result) {
        long directiveId = directive(reference, issuedOn);
        long taskId = task(directiveId, content, leadUnit,
                due == null ? "{\"kind\":\"NONE\"}" : "{\"kind\":\"DATE\",\"value\":\"" + due + "\"}");
        if (completedOn != null) {
            assertThat(post("/api/v1/tasks/" + taskId + "/completion", """
                    {"completedOn":"%s","result":"%s"}""".formatted(completedOn, result))).hasStatus(204);
        }
        return taskId;
    }

    static long id(MvcTestResult result) {
        try {
            Map<?, ?> body = JSON.readValue(result.getMvcResult().getResponse().getContentAsString(), Map.class);
            return ((Number) body.get("id")).longValue();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

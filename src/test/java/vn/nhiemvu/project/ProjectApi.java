package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import vn.nhiemvu.org.OrgFixtures;

/** Records projects through the JSON API, as a program of the Department would. */
final class ProjectApi {

    private final MockMvcTester mvc;
    private final String username;
    private final String password;

    ProjectApi(MockMvcTester mvc, String username) {
        this(mvc, username, OrgFixtures.password(username));
    }

    ProjectApi(MockMvcTester mvc, String username, String password) {
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

    MvcTestResult put(String uri, String ifMatch, String json) {
        var request = mvc.put().uri(uri).with(auth()).contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(auth()).exchange();
    }

    /** A GET with query parameters given as name, value, name, value… */
    DocumentContext json(String path, String... params) {
        var request = mvc.get().uri(path).with(auth());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    DocumentContext json(String uri) {
        MvcTestResult result = get(uri);
        assertThat(result).hasStatusOk();
        return body(result);
    }

    /** Creates a project from the fields given (a JSON object's members) and answers its id. */
    long create(String members) {
        MvcTestResult result = post("/api/v1/projects", "{" + members + "}");
        assertThat(result).as(body(result).jsonString()).hasStatus(201);
        return id(result);
    }

    MvcTestResult transition(long id, String members) {
        return post("/api/v1/projects/" + id + "/transitions", "{" + members + "}");
    }

    /** A transition that must succeed; answers the state it led to. */
    String move(long id, String members) {
        MvcTestResult result = transition(id, members);
        assertThat(result).as(body(result).jsonString()).hasStatusOk();
        return body(result).read("$.state");
    }

    MvcTestResult event(long id, String members) {
        return post("/api/v1/projects/" + id + "/events", "{" + members + "}");
    }

    long record(long id, String members) {
        MvcTestResult result = event(id, members);
        assertThat(result).as(body(result).jsonString()).hasStatus(201);
        return id(result);
    }

    static String document(String kind, String number, String date) {
        return "\"document\":{\"kind\":\"" + kind + "\"" + (number == null ? "" : ",\"number\":\"" + number + "\"")
                + ",\"date\":\"" + date + "\"}";
    }

    static DocumentContext body(MvcTestResult result) {
        try {
            String text = result.getMvcResult().getResponse().getContentAsString();
            return JsonPath.parse(text.isEmpty() ? "{}" : text);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String detail(MvcTestResult result) {
        return body(result).read("$.detail");
    }

    static long id(MvcTestResult result) {
        return ((Number) body(result).read("$.id")).longValue();
    }
}

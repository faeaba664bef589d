package vn.nhiemvu.org;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;

/** The demo Department's accounts, as a test calls the API or a page with them. */
public final class OrgFixtures {

    private OrgFixtures() {
    }

    public static String password(String username) {
        return "admin".equals(username) ? IntegrationTest.ADMIN_PASSWORD : IntegrationTest.DEMO_PASSWORD;
    }

    public static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** HTTP Basic with the account's real password, through the real authentication. */
    public static RequestPostProcessor basic(String username) {
        return request -> {
            request.addHeader("Authorization", basicHeader(username, password(username)));
            return request;
        };
    }
}

package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTests {

    private static final List<String> BUNDLES = List.of("messages", "i18n/report", "i18n/importer", "i18n/notify",
            "i18n/project", "i18n/search");

    @Test
    void englishHasEveryVietnameseKeyAndNoOther() throws IOException {
        assertThat(keys("messages_vi.properties")).isNotEmpty();
        for (String bundle : BUNDLES) {
            Set<String> vietnamese = keys(bundle + "_vi.properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(new TreeSet<>(english)).as(bundle).isEqualTo(new TreeSet<>(vietnamese));
        }
    }

    @Test
    void vietnameseMessagesAreReadAsUtf8() throws IOException {
        Properties properties = load("messages_vi.properties");
        assertThat(properties.getProperty("login.failed")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private static Set<String> keys(String resource) throws IOException {
        return load(resource).stringPropertyNames();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

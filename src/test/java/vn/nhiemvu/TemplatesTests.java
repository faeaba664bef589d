package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible word of the pages comes from the message bundles (STYLE.md), so that each page reads in Vietnamese
 * and in English: text written in a template is only the prototype inside an element whose content Thymeleaf
 * replaces.
 */
class TemplatesTests {

    /** A comment, a declaration, a tag (its attributes may hold ">" inside quotes: th:if="${n > 0}"), or text. */
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z0-9]+)((?:\"[^\"]*\"|'[^']*'|[^>\"'])*?)(/?)>|([^<]+)", Pattern.DOTALL);
    private static final List<String> VOID = List.of("input", "br", "meta", "link", "img", "hr");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                literal.addAll(literalText(root.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(literal).isEmpty();
    }

    private static List<String> literalText(String name, String html) {
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(5) != null) {
                String text = m.group(5).strip();
                boolean covered = replaced.contains(Boolean.TRUE);
                if (!covered && text.codePoints().anyMatch(Character::isLetter) && !text.startsWith("<!DOCTYPE")) {
                    found.add(name + ": " + text);
                }
            } else if (m.group(2) != null) {
                String tag = m.group(2).toLowerCase();
                String attributes = m.group(3);
                if (m.group(1).isEmpty()) {
                    boolean replaces = attributes.contains("th:text") || attributes.contains("th:utext")
                            || attributes.contains("th:replace") || attributes.contains("th:insert")
                            || tag.equals("style") || tag.equals("script");
                    if (m.group(4).isEmpty() && !VOID.contains(tag)) {
                        replaced.push(replaces);
                    }
                } else if (!replaced.isEmpty()) {
                    replaced.pop();
                }
            }
        }
        return found;
    }
}

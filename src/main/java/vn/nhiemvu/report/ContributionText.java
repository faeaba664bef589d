package vn.nhiemvu.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's text as the report prints it: one paragraph per line; a line starting with "-" is a first-level item and
 * one starting with "+" a second-level item, as the samples write them ("- Tổ chức nghiệm thu …", "+ Nghị quyết …").
 * Text pasted from Word keeps its words; only the characters a document cannot hold go (Word's manual line break
 * becomes a line).
 */
final class ContributionText {

    /** A paragraph: its level (0 text, 1 "- ", 2 "+ ") and its words, the mark included. */
    record Paragraph(int level, String text) {
    }

    private ContributionText() {
    }

    /** What is stored: control characters dropped, line ends unified, trailing blanks trimmed. */
    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = CleanText.of(typed.replace('\u000B', '\n').replace('\u000C', '\n').replace('\u2028', '\n')
                .replace('\u2029', '\n'));
        return text.strip();
    }

    static List<Paragraph> paragraphs(String body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (body == null) {
            return paragraphs;
        }
        for (String raw : body.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            char first = line.charAt(0);
            if ((first == '-' || first == '+') && line.length() > 1) {
                String rest = line.substring(1).strip();
                paragraphs.add(new Paragraph(first == '-' ? 1 : 2, first + " " + rest));
            } else {
                paragraphs.add(new Paragraph(0, line));
            }
        }
        return paragraphs;
    }
}

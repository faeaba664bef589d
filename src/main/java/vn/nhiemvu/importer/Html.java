package vn.nhiemvu.importer;

import java.util.regex.Pattern;

/** The visible text of a web page saved as a file: blocks on their own lines, cells tab-separated. */
final class Html {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|noscript|head)[^>]*>.*?</\\1>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]>\\s*<t[dh][^>]*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)<(br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?table|/?ul|/?ol|/?section|/?article)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private Html() {
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase();
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    static String toText(String html) {
        String s = INVISIBLE.matcher(html).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        s = CELL.matcher(s).replaceAll("\t");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        return s.replaceAll("[ \\u00A0]+", " ").replaceAll("\\n\\s*\\n\\s*\\n+", "\n\n");
    }
}

package vn.nhiemvu.report;

/**
 * Text as a document may hold it: what users typed or pasted can carry control characters that XML 1.0 forbids
 * (a Word file with one does not open). They are dropped; tabs stay, line breaks are kept as breaks.
 */
final class CleanText {

    private CleanText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                keep = allowed(c);
            }
            if (!keep && clean == null) {
                clean = new StringBuilder(length).append(text, 0, i);
            } else if (keep && clean != null) {
                clean.append(c);
            }
        }
        String result = clean == null ? text : clean.toString();
        return result.indexOf('\r') < 0 ? result : result.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F);
    }
}

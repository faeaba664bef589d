package vn.nhiemvu.importer;

import java.text.Normalizer;

/**
 * Vietnamese text without diacritics and in lower case, one character for one character, so that an
 * offset found in the folded text is the same offset in the original (NFC) text.
 */
final class Fold {

    private static final char[] TABLE = new char[0x2000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private Fold() {
    }

    private static char compute(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        if (c >= 0x1E00 && c <= 0x1EFF) {
            return compute(c);
        }
        return Character.toLowerCase(c);
    }

    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    /** Same length as the input. The last answer is kept: the same task text is folded by several readers. */
    static String fold(String text) {
        String[] last = LAST.get();
        if (last[0] == text) {
            return last[1];
        }
        String folded = compute(text);
        last[0] = text;
        last[1] = folded;
        return folded;
    }

    private static String compute(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < TABLE.length ? TABLE[c] : fold(c);
        }
        return new String(out);
    }

    /** Folded, with punctuation turned into single spaces: for comparing names. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '&') {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}

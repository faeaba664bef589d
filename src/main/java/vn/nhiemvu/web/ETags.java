package vn.nhiemvu.web;

/** The version of a row as an HTTP entity tag, and back from {@code If-Match}: how the API refuses stale writes. */
public final class ETags {

    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** Reads {@code "3"} or {@code W/"3"}; null without the header; anything else cannot match a version (-1). */
    public static Integer version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

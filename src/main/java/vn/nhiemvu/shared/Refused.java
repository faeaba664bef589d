package vn.nhiemvu.shared;

import java.util.Arrays;

/**
 * A use case refused on a business rule. It carries a message key of {@code messages_vi.properties} so
 * that the page shows, and the API's problem+json details, the reason in the user's language.
 */
public class Refused extends RuntimeException {

    /** What kind of refusal, which decides the HTTP status. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, STALE, FORBIDDEN, PRECONDITION_REQUIRED
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public Refused(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        // Ids and years read as written: MessageFormat would print 2023 as "2.023" in Vietnamese.
        this.arguments = Arrays.stream(arguments)
                .map(argument -> argument instanceof Number number ? String.valueOf(number) : argument)
                .toArray();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public static Refused notFound(String messageKey, Object... arguments) {
        return new Refused(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static Refused invalid(String messageKey, Object... arguments) {
        return new Refused(Kind.INVALID, messageKey, arguments);
    }

    public static Refused conflict(String messageKey, Object... arguments) {
        return new Refused(Kind.CONFLICT, messageKey, arguments);
    }

    /** The row changed since the user read it: a save would overwrite someone else's edit. */
    public static Refused stale() {
        return new Refused(Kind.STALE, "common.stale");
    }

    public static Refused forbidden() {
        return new Refused(Kind.FORBIDDEN, "common.forbidden");
    }
}

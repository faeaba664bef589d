package vn.nhiemvu.task;

/**
 * What the user may do on a task: {@code work} (progress, completion, extension request), {@code manage}
 * (edit, reopen, change state), {@code decide} (extensions), {@code assign} (people of the lead unit).
 */
public record TaskActions(boolean work, boolean manage, boolean decide, boolean assign) {
}

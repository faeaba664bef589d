package vn.nhiemvu.task;

/** An id and the name to show for it. */
public record Ref(long id, String name) {
}

package vn.nhiemvu.task;

/** Labels: {@code ExtensionStatus.<NAME>}. */
public enum ExtensionStatus {
    PENDING, APPROVED, REJECTED
}

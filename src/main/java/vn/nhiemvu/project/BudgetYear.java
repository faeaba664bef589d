package vn.nhiemvu.project;

/** The state budget allotted to one year (§3 phan_bo_nam). */
public record BudgetYear(int year, long stateAmount) {
}

/**
 * Assigned-task tracking (theo dõi nhiệm vụ được giao): directives, the tasks they assign, deadlines and
 * their effective due dates on the working calendar, progress, completion, extensions, and each task's
 * status on any as-of date by the national rules (../shared/domain/assigned-tasks-and-reports.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "database", "org", "audit", "web", "search"})
package vn.nhiemvu.task;

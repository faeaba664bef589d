/**
 * Follow-up: reminders before and after deadlines, urging, the weekly digest for unit heads, in the
 * application (the bell) and by e-mail over SMTP through an outbox that retries and never loses a message.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "task", "web", "report", "project"})
package vn.nhiemvu.notify;

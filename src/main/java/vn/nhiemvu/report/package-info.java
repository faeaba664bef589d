/**
 * Periodic reports and the Department's own documents, in the official layout of NĐ 30/2020/NĐ-CP: the
 * report on assigned tasks for a period (figures and appendix) as DOCX, XLSX and PDF; periodic reports made from
 * templates of numbered sections, written by the units and finalised (numbered, kept); and the meeting-conclusion
 * notices (TB) and plans (KH) the Department issues, from the tasks they assign. Reads tasks and projects only
 * through their modules' services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "task", "web", "audit", "project", "search"})
package vn.nhiemvu.report;

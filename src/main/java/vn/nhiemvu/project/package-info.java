/**
 * The S&T project portfolio (quản lý nhiệm vụ KH&CN): đề tài, dự án and đề án at national (incl. NTMN),
 * provincial and grassroots level, from proposal through council, selection, appraisal, contract, execution
 * events, acceptance and rating, recognition, results registration and contract liquidation, and the portfolio
 * figures a periodic report needs (../shared/domain/st-projects.md, cited as §).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "database", "org", "audit", "web", "search"})
package vn.nhiemvu.project;

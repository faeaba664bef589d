package vn.nhiemvu.database;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.NestedExceptionUtils;

/**
 * Turns a database that cannot be reached, or a data directory that cannot be written, into one line
 * that names the setting to fix, instead of a page of stack trace.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryUnusable unusable) {
                return new FailureAnalysis(
                        "Thư mục dữ liệu NHIEMVU_DATA_DIR=" + unusable.directory().toAbsolutePath()
                                + " không dùng được (" + rootMessage(unusable) + ").",
                        "Đặt NHIEMVU_DATA_DIR là một thư mục ghi được.", unusable);
            }
            if (t instanceof SQLException sql && isConnectionProblem(sql)) {
                String setting = sql.getSQLState().startsWith("28")
                        ? "NHIEMVU_DB_USER / NHIEMVU_DB_PASSWORD"
                        : "NHIEMVU_DB_URL";
                return new FailureAnalysis(
                        "Không kết nối được cơ sở dữ liệu ngoài đặt trong " + setting + ": " + sql.getMessage(),
                        "Kiểm tra " + setting + ", hoặc bỏ NHIEMVU_DB_URL để dùng PostgreSQL nhúng.", sql);
            }
        }
        return null;
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28") || "3D000".equals(state));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(t);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

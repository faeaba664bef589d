package vn.nhiemvu.project;

import java.util.List;

/**
 * What an XLSX import did: how many rows it recorded, or, when any row had a problem, each problem with its row
 * number and nothing recorded at all.
 */
public record ImportResult(int rows, int imported, List<String> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}

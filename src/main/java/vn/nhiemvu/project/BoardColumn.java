package vn.nhiemvu.project;

import java.util.List;

/** A column of the board: the projects in one state, the first ones as cards, and how many there are in all. */
public record BoardColumn(ProjectState state, long total, List<BoardCard> cards) {

    public long more() {
        return total - cards.size();
    }
}

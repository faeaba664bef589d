package vn.nhiemvu.project;

import java.math.BigDecimal;

/** A council member, their seat, and their vote or score once the council met. */
public record CouncilMemberView(long id, String name, String title, String organisation, CouncilRole role, String vote,
        BigDecimal score, String comment) {
}

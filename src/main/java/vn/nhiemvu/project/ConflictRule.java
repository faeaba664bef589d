package vn.nhiemvu.project;

import java.text.Normalizer;
import java.util.Locale;

import vn.nhiemvu.shared.Refused;

/**
 * A person cannot sit on the council of a project they lead or host: a member named as its principal investigator
 * or secretary, or working for its host organisation, is refused. Names compare without diacritics, case or extra
 * spaces ("Nguyễn Văn  An" is "nguyen van an").
 */
final class ConflictRule {

    private ConflictRule() {
    }

    static Refused conflictOf(String memberName, String memberOrganisation, Project project, String hostName) {
        String name = fold(memberName);
        if (project.investigator != null && !name.isEmpty() && name.equals(fold(project.investigator.name()))) {
            return Refused.invalid("project.council.conflict.investigator", memberName.strip());
        }
        if (!name.isEmpty() && name.equals(fold(project.secretary))) {
            return Refused.invalid("project.council.conflict.secretary", memberName.strip());
        }
        String organisation = fold(memberOrganisation);
        String host = fold(hostName);
        if (!organisation.isEmpty() && !host.isEmpty()
                && (organisation.equals(host) || (host.length() >= 6 && organisation.contains(host)))) {
            return Refused.invalid("project.council.conflict.host", memberName.strip(), hostName);
        }
        return null;
    }

    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

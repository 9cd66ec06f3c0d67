package vn.hocluat.mediation;

import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.platform.files.Table;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a team file accepts in its Vai trò, Loại hỗ trợ and Vùng DTTS columns, matched like headers
 * (no diacritics, case or spaces) and kept folded here: the Vietnamese label first, then English and variants.
 */
final class TeamImportValues {
    enum RowRole {
        LEADER, MEMBER, SUPPORT;

        Optional<MemberRole> memberRole() {
            return this == SUPPORT ? Optional.empty() : Optional.of(MemberRole.valueOf(name()));
        }
    }

    private static final Map<RowRole, List<String>> ROLES = Map.of(
            RowRole.LEADER, List.of("totruong", "truongto", "leader"),
            RowRole.MEMBER, List.of("tovien", "thanhvien", "member"),
            RowRole.SUPPORT, List.of("hotro", "nguoihotro", "support", "supporter"));
    private static final Map<SupportKind, List<String>> KINDS = Map.of(
            SupportKind.LAWYER, List.of("luatsu", "lawyer"),
            SupportKind.JURIST, List.of("luatgia", "jurist"),
            SupportKind.PEOPLES_ASSESSOR, List.of("hoithamnhandan", "hoitham", "peoplesassessor"),
            SupportKind.POLICE, List.of("congan", "police"),
            SupportKind.BORDER_GUARD, List.of("bodoibienphong", "bienphong", "borderguard"),
            SupportKind.LEGAL_OFFICIAL, List.of("nguoilamcongtacphapluat", "congchuctuphap", "legalofficial"),
            SupportKind.FORMER_JUDGE_PROSECUTOR_INVESTIGATOR, List.of("nguyenthamphankiemsatviendieutravien",
                    "nguyenthamphan", "nguyenkiemsatvien", "nguyendieutravien", "formerjudgeprosecutorinvestigator"));
    private static final List<String> YES = List.of("co", "x", "yes", "true", "1");
    private static final List<String> NO = List.of("khong", "no", "false", "0");

    private TeamImportValues() {
    }

    static Optional<RowRole> role(String text) {
        return find(ROLES, text);
    }

    static Optional<SupportKind> kind(String text) {
        return find(KINDS, text);
    }

    /** Có → true, Không → false, empty or anything else → null (the caller tells the two apart). */
    static Boolean yesNo(String text) {
        String key = Table.key(text);
        return YES.contains(key) ? Boolean.TRUE : NO.contains(key) ? Boolean.FALSE : null;
    }

    private static <E extends Enum<E>> Optional<E> find(Map<E, List<String>> values, String text) {
        String key = Table.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return values.entrySet().stream()
                .filter(e -> e.getValue().contains(key) || Table.key(e.getKey().name()).equals(key))
                .map(Map.Entry::getKey).findFirst();
    }
}

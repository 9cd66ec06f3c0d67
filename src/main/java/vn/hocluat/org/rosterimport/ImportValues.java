package vn.hocluat.org.rosterimport;

import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.Gender;
import vn.hocluat.org.TrainerLevel;
import vn.hocluat.platform.files.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spellings a roster file may use for genders, audience groups and trainer levels, and the
 * checks of phone numbers and e-mail addresses. Spellings are kept folded (see {@link Table#key}):
 * "Hòa giải viên", "hoa giai vien" and "HOA_GIAI_VIEN" are the same.
 */
final class ImportValues {
    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, TrainerLevel> LEVELS = new HashMap<>();
    private static final Map<String, AudienceGroup> GROUPS = new HashMap<>();
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[1-9][0-9]{7,9}");
    private static final Pattern PHONE_WITHOUT_ZERO = Pattern.compile("[1-9][0-9]{8,9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    static {
        put(GENDERS, Gender.MALE, "nam", "male", "m");
        put(GENDERS, Gender.FEMALE, "nu", "female", "f");
        put(GENDERS, Gender.OTHER, "khac", "other");
        put(LEVELS, TrainerLevel.CENTRAL, "trunguong", "captrunguong", "tw", "central");
        put(LEVELS, TrainerLevel.PROVINCIAL, "tinh", "captinh", "provincial", "province");
        put(LEVELS, TrainerLevel.COMMUNE, "xa", "capxa", "commune");
        put(GROUPS, AudienceGroup.OFFICIAL, "canbocongchucvienchuc", "cbccvc", "canbocongchuc", "cbcc", "official");
        put(GROUPS, AudienceGroup.ARMED_FORCES, "lucluongvutrang", "llvt", "armedforces");
        put(GROUPS, AudienceGroup.REPORTER, "baocaovien", "bcv", "reporter");
        put(GROUPS, AudienceGroup.PROPAGANDIST, "tuyentruyenvien", "ttv", "propagandist");
        put(GROUPS, AudienceGroup.TEACHER, "giaovien", "gv", "teacher");
        put(GROUPS, AudienceGroup.MEDIATOR, "hoagiaivien", "hgv", "mediator");
        put(GROUPS, AudienceGroup.TRAINER, "taphuanvien", "thv", "trainer");
        put(GROUPS, AudienceGroup.CITIZEN, "nguoidan", "citizen");
    }

    private ImportValues() {
    }

    /** The audience groups of a cell and the parts that name no group. */
    record Groups(Set<AudienceGroup> groups, List<String> unknown) {
    }

    static Optional<Gender> gender(String text) {
        return Optional.ofNullable(GENDERS.get(Table.key(text)));
    }

    static Optional<TrainerLevel> level(String text) {
        return Optional.ofNullable(LEVELS.get(Table.key(text)));
    }

    /**
     * Groups are separated by ";" (documented) or ",". Because "Cán bộ, công chức, viên chức" itself
     * holds commas, the comma-separated pieces of each ";" part are joined greedily into the longest
     * run that names a group before a piece counts as unknown.
     */
    static Groups groups(String text) {
        Set<AudienceGroup> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            AudienceGroup whole = GROUPS.get(Table.key(part));
            if (whole != null) {
                found.add(whole);
                continue;
            }
            List<String> pieces = Arrays.stream(part.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            int i = 0;
            while (i < pieces.size()) {
                int end = longestGroupRun(pieces, i);
                if (end < 0) {
                    unknown.add(pieces.get(i));
                    i++;
                } else {
                    found.add(GROUPS.get(run(pieces, i, end)));
                    i = end + 1;
                }
            }
        }
        return new Groups(found, unknown);
    }

    /**
     * A phone number with its separators removed, or empty when it is not a Vietnamese number.
     * Excel drops the leading 0 of a number typed into a General cell, so 9–10 digits without it get it back.
     */
    static Optional<String> phone(String text) {
        String digits = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (PHONE_WITHOUT_ZERO.matcher(digits).matches()) {
            digits = "0" + digits;
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    static boolean email(String text) {
        return EMAIL.matcher(text).matches();
    }

    private static int longestGroupRun(List<String> pieces, int start) {
        for (int end = pieces.size() - 1; end >= start; end--) {
            if (GROUPS.containsKey(run(pieces, start, end))) {
                return end;
            }
        }
        return -1;
    }

    private static String run(List<String> pieces, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= end; i++) {
            sb.append(Table.key(pieces.get(i)));
        }
        return sb.toString();
    }

    private static <T> void put(Map<String, T> map, T value, String... spellings) {
        for (String s : spellings) {
            map.put(s, value);
        }
    }
}

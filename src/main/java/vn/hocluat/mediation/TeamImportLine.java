package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;

import java.time.LocalDate;

/**
 * One valid row of a team file: the team it names (unit and name; key = unit + folded name), the
 * team's stated recognition date and area (null when the cell is empty), and who the row adds: a
 * member with a role, a supporter (roster person or external name), or nobody (role null).
 */
record TeamImportLine(int row, long unitId, String name, String key, @Nullable LocalDate recognisedOn,
                      @Nullable Boolean minorityArea, @Nullable MemberRole role, boolean support,
                      @Nullable Long personId, @Nullable String personCode, @Nullable String externalName,
                      @Nullable SupportKind kind, @Nullable LocalDate from) {

    /** A problem of the file before it is put into words: row (1 = header), column (null = whole file), key, args. */
    /** A message argument that is itself a message key (put into the user's language with the message). */
    record Label(String key) {
    }

    record Issue(int row, @Nullable TeamImportColumn column, String key, Object... args) {
    }
}

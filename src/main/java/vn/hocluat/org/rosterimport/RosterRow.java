package vn.hocluat.org.rosterimport;

import vn.hocluat.org.Gender;

import java.time.LocalDate;
import java.util.Set;

/**
 * A data row that passed the checks that need no database: values parsed, blanks as null. Which
 * optional columns the file had at all is in {@link RosterFile#has}; an absent column keeps the
 * stored value of an existing person.
 */
record RosterRow(int row, String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
                 String phone, String email, String unitCode, String position, Set<GroupValue> groups,
                 LocalDate activeFrom, LocalDate activeTo) {
}

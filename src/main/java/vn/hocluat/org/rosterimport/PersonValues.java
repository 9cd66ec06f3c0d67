package vn.hocluat.org.rosterimport;

import vn.hocluat.org.Gender;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything the import writes about a person, so that "did this row change anything" is one
 * {@code equals}: a re-imported row equal to the stored values is neither written nor counted.
 */
record PersonValues(String fullName, LocalDate birthDate, Gender gender, String ethnicity, String phone,
                    String email, long unitId, String position, LocalDate activeFrom, LocalDate activeTo,
                    Set<GroupValue> groups) {
}

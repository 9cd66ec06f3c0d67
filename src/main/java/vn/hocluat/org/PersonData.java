package vn.hocluat.org;

import java.time.LocalDate;
import java.util.List;

/** Validated values of a person, ready to store; code is null when one must be generated. */
record PersonData(String code,
                  String fullName,
                  LocalDate birthDate,
                  Gender gender,
                  String ethnicity,
                  String phone,
                  String email,
                  Long unitId,
                  String position,
                  LocalDate activeFrom,
                  LocalDate activeTo,
                  List<PersonView.GroupView> groups) {
}

package vn.hocluat.contest.stats;

import java.time.LocalDate;
import java.util.List;

/** A participation certificate as issued and printed: holder, contest, rounds taken, issue date, verification code. */
record Participation(String code, String holderName, LocalDate birthDate, String unitName, String contestTitle,
                     String organiserName, List<String> rounds, LocalDate issuedOn) {

    /** The round names as printed: "Vòng 1, Vòng 2". */
    String roundList() {
        return String.join(", ", rounds);
    }
}

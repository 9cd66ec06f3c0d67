package vn.hocluat.learning.certificate;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issued certificate: the facts frozen when it was issued (exactly what the PDF prints and the
 * verification page shows), the issue and revocation days (Asia/Ho_Chi_Minh), and the language of
 * its course, in which the PDF is written.
 */
public record Certificate(long id, long completionId, String code, String learnerName, @Nullable LocalDate birthDate,
                          String courseTitle, @Nullable BigDecimal hours, LocalDate completedOn, String issuerName,
                          LocalDate issuedOn, @Nullable LocalDate revokedOn, String language) {

    public boolean revoked() {
        return revokedOn != null;
    }
}

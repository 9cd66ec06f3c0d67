package vn.hocluat.learning.certificate;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.pdf.CertificateCodes;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.Optional;

/**
 * Certificates of course completions: issued once per completion, lazily on the first download,
 * with the facts of that moment frozen; downloaded by the learner or a manager of the learner's
 * unit; looked up by code for the public verification page.
 */
@Singleton
public class CertificateService {
    /** Tries of a fresh code when the drawn one is taken (at 50 bits, a second try is already rare). */
    private static final int CODE_TRIES = 5;

    private final CertificateStore store;
    private final UnitScope scope;

    CertificateService(CertificateStore store, UnitScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** The certificate of the completion, issuing it if it has none: one per completion, also under concurrent calls. */
    @Transactional
    public Certificate issue(long completionId) {
        return issue(store.source(completionId).orElseThrow(Problem::notFound));
    }

    /**
     * The certificate the user may download: their own completion's, or — for a manager or admin —
     * a completion of a learner in their subtree (403 outside it); anyone else's is "not found".
     * A revoked certificate is not handed out again.
     */
    @Transactional
    public Certificate forDownload(CurrentUser user, long completionId) {
        CertificateStore.Source source = store.source(completionId).orElseThrow(Problem::notFound);
        if (source.accountId() != user.accountId()) {
            if (!user.manager()) {
                throw Problem.notFound();
            }
            scope.require(user, source.learnerUnitId());
        }
        Certificate certificate = issue(source);
        if (certificate.revoked()) {
            throw new Problem(HttpStatus.GONE, "cert.download.revoked");
        }
        return certificate;
    }

    /** The certificate with this code (as printed, already normalised), for anyone. */
    @ReadOnly
    public Optional<Certificate> verify(String code) {
        return store.byCode(code);
    }

    private Certificate issue(CertificateStore.Source source) {
        for (int i = 0; i < CODE_TRIES; i++) {
            Optional<Certificate> existing = store.byCompletion(source.completionId());
            if (existing.isPresent()) {
                return existing.get();
            }
            if (store.insert(source, CertificateCodes.next())) {
                return store.byCompletion(source.completionId()).orElseThrow();
            }
        }
        throw new IllegalStateException("no free certificate code after " + CODE_TRIES + " tries for completion " + source.completionId());
    }
}

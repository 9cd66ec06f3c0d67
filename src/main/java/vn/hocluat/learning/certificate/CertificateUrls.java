package vn.hocluat.learning.certificate;

/** The addresses of certificates, in one place: pages that list completions link to {@link #download}. */
public final class CertificateUrls {
    public static final String VERIFY_FORM = "/verify";

    private CertificateUrls() {
    }

    /** The PDF of a completion's certificate (issued on the first download). */
    public static String download(long completionId) {
        return "/my/certificates/" + completionId;
    }

    public static String verify(String code) {
        return VERIFY_FORM + "/" + code;
    }
}

package vn.hocluat.mediation.communes;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.org.rosterimport.DevRosterLoaded;

/**
 * In the dev environment only: Phường Nam Định (NB-NAMDINH) recognised as a model commune for grassroots
 * mediation on 15/06/2026 by an invented decision, marked as sample in its note. With the sample units
 * (NB holds 3 commune-level units) MODEL_COMMUNE_SHARE of the Nam Định plan reads 1/3 = 33.33% from that
 * day on. Recorded once: nothing is written when the commune already has a recognition. No pilot flag.
 */
@Singleton
@Requires(env = "dev")
public class DevSampleModelCommune {
    public static final String UNIT = "NB-NAMDINH";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleModelCommune.class);

    private final JdbcOperations jdbc;

    public DevSampleModelCommune(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onRosterLoaded(DevRosterLoaded event) {
        if (load()) {
            LOG.info("Sample model commune recorded: {}", UNIT);
        }
    }

    /** Records the sample recognition unless the commune has one (or is missing); true when written. */
    public boolean load() {
        return jdbc.prepareStatement("""
                insert into model_commune (unit_id, decision_no, decided_on, issuer, note)
                select u.id, '0001/QĐ-MẪU', date '2026-06-15', 'Ủy ban nhân dân tỉnh Ninh Bình',
                       'Dữ liệu mẫu: số quyết định là giả định, không phải văn bản có thật.'
                from unit u where u.code = ? and not exists (select 1 from model_commune m where m.unit_id = u.id)""", st -> {
            st.setString(1, UNIT);
            return st.executeUpdate();
        }) > 0;
    }
}

package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * MODEL_COMMUNE_SHARE: communes (units of kind COMMUNE, WARD, SPECIAL_ZONE) of the subtree that pass the
 * target's unit filter and hold on the day a recognition as "cấp xã điển hình về hòa giải ở cơ sở"
 * (model_commune, V405: decided on or before the day, not revoked on or before it) ÷ those communes.
 * A commune counts in its own unit; units, not persons, stand behind the number: no person list.
 */
@Singleton
class ModelCommuneShare extends FactShare {
    /** The unit kinds of commune level (vn.hocluat.org.UnitKind). */
    static final String COMMUNE_KINDS = "('COMMUNE', 'WARD', 'SPECIAL_ZONE')";

    ModelCommuneShare(KpiCounts counts) {
        super(counts);
    }

    @Override
    public String code() {
        return "MODEL_COMMUNE_SHARE";
    }

    @Override
    Query byBucket(Query q, TargetSpec t, LocalDate day) {
        return q.add(", marked as (select s.bucket, exists (select 1 from model_commune m where m.unit_id = u.id"
                        + " and m.decided_on <= ? and (m.revoked_on is null or m.revoked_on > ?)) as counted"
                        + " from unit u join scope s on s.id = u.id where u.kind in " + COMMUNE_KINDS + ")", day, day)
                .add("select false as total, r.bucket, count(*) filter (where r.counted) as num, count(*) as den,"
                        + " null::bigint[] as keys from marked r group by r.bucket");
    }
}

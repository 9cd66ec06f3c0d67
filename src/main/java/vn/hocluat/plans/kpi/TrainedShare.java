package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/** TRAINED_SHARE: roster persons with ≥1 TrainingRecord on the topics completed in the window ÷ roster. */
@Singleton
class TrainedShare extends RosterShare {
    TrainedShare(JdbcOperations jdbc, KpiCounts counts) {
        super(jdbc, counts);
    }

    @Override
    public String code() {
        return "TRAINED_SHARE";
    }

    @Override
    void counted(Query q, TargetSpec t, LocalDate day) {
        q.add("exists (select 1 from training_record tr where tr.person_id = r.id and tr.completed_on between ? and ?",
                t.windowStart(day), day);
        Subtree.topics(q, t, "tr.topics");
        q.add(")");
    }
}

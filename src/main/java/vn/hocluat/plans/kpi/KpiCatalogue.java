package vn.hocluat.plans.kpi;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link KpiMetric} bean by its code: a metric of a later issue is one more bean. */
@Singleton
class KpiCatalogue {
    private final Map<String, KpiMetric> byCode;

    KpiCatalogue(List<KpiMetric> metrics) {
        this.byCode = metrics.stream().collect(Collectors.toUnmodifiableMap(KpiMetric::code, Function.identity()));
    }

    /** The metric of the code; empty for a code no bean computes yet (its targets show NO_DATA). */
    Optional<KpiMetric> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}

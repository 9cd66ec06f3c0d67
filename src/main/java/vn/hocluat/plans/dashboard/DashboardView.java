package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.Plan;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.plans.kpi.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The dashboard page's model: the cards grouped by phase (the phase that holds the day first, then the
 * whole-plan targets, then the other phases in order) and the child-unit table, sorted by a target.
 */
final class DashboardView {
    private DashboardView() {
    }

    /** One target's card; {@code trend} null when the phase has not begun or no metric computes it. */
    record Card(long targetId, String metric, KpiStatus status, String label, boolean measured,
                @Nullable BigDecimal value, @Nullable Long numerator, @Nullable Long denominator, BigDecimal threshold,
                @Nullable BigDecimal bandUpper, boolean ratio, @Nullable Dashboard.Reported reported,
                @Nullable TrendChart trend, List<Link> persons) {
        public boolean hasValue() {
            return value != null;
        }

        public String statusKey() {
            return DashboardView.statusKey(status, denominator);
        }
    }

    /** A link with the message key of its text. */
    record Link(String key, String url) {
    }

    /** A unit of the breadcrumb and its dashboard. */
    record Crumb(String name, String url) {
    }

    /** A group of cards: a phase (name) or the whole plan (name null); current = the phase holds the day. */
    record Group(@Nullable String name, boolean current, List<Card> cards) {
    }

    /**
     * A column of the child table: the target (its position and label shortened for the header, the full
     * label as the link's title), its sort link and whether the table is sorted by it.
     */
    record Column(long targetId, int position, String label, String shortLabel, boolean ratio, String sortUrl,
                  @Nullable String ariaSort) {
    }

    static final int HEADER_CHARS = 48;

    /** A child unit's row: its name, its dashboard and a cell per column. */
    record ChildRow(String name, String code, String url, List<Cell> cells) {
    }

    /** The figures of one child for one target: measured value and status, and the reported figure if any. */
    record Cell(boolean measured, @Nullable BigDecimal value, KpiStatus status, @Nullable Dashboard.Reported reported,
                boolean ratio, @Nullable Long denominator) {
        public boolean hasValue() {
            return value != null;
        }

        public String statusKey() {
            return DashboardView.statusKey(status, denominator);
        }
    }

    /**
     * The message key of a status; NO_DATA with people counted means the day is before the phase
     * (StatusRule gives no projection there), which the page says as such rather than "no data".
     */
    static String statusKey(KpiStatus status, @Nullable Long denominator) {
        boolean early = status == KpiStatus.NO_DATA && denominator != null && denominator > 0;
        return "plans.dashboard.status." + (early ? "NOT_STARTED" : status.name());
    }

    static List<Group> groups(Dashboard d, Function<Dashboard.Row, Card> card) {
        Map<Long, List<Card>> byPhase = new HashMap<>();
        List<Card> whole = new ArrayList<>();
        for (Dashboard.Row row : d.targets()) {
            Long phase = row.target().phaseId();
            (phase == null ? whole : byPhase.computeIfAbsent(phase, k -> new ArrayList<>())).add(card.apply(row));
        }
        List<Group> out = new ArrayList<>();
        List<Group> others = new ArrayList<>();
        for (Plan.Phase p : d.plan().phases()) {
            List<Card> cards = byPhase.get(p.id());
            if (cards == null) {
                continue;
            }
            boolean current = !d.day().isBefore(p.startsOn()) && !d.day().isAfter(p.endsOn());
            (current ? out : others).add(new Group(p.name(), current, cards));
        }
        if (!whole.isEmpty()) {
            out.add(new Group(null, false, whole));
        }
        out.addAll(others);
        return out;
    }

    static Card card(Dashboard d, Dashboard.Row row, @Nullable TrendChart trend, List<Link> persons) {
        TargetKpi.UnitKpi u = row.kpi().unit();
        return new Card(row.target().id(), row.kpi().metric(), u.status(), row.target().label(), u.numerator() != null,
                u.value(), u.numerator(), u.denominator(), row.target().threshold(), row.target().bandUpper(),
                row.target().metric().ratio(), row.reportedAt(d.unit().id()), trend, persons);
    }

    static List<Column> columns(Dashboard d, @Nullable Long sort, boolean descending) {
        return d.targets().stream().map(r -> {
            long id = r.target().id();
            boolean sorted = Objects.equals(sort, id);
            String url = DashboardUrls.sorted(d.plan().id(), d.unit().code(), d.day(), id, sorted && !descending);
            return new Column(id, r.target().position(), r.target().label(), shorten(r.target().label()),
                    r.target().metric().ratio(), url,
                    sorted ? (descending ? "descending" : "ascending") : null);
        }).toList();
    }

    /**
     * A row per child unit, by name; sorted by a target's value when asked, units without a value last
     * in both directions (the measured value, or the reported one where nothing is measured: no metric
     * computes the target, or its denominator is empty).
     */
    static List<ChildRow> children(Dashboard d, @Nullable Long sort, boolean descending) {
        List<ChildRow> rows = new ArrayList<>();
        Map<String, BigDecimal> keys = new HashMap<>();
        for (UnitRef child : d.children()) {
            List<Cell> cells = new ArrayList<>();
            for (Dashboard.Row r : d.targets()) {
                TargetKpi.UnitKpi k = r.kpi().children().stream().filter(c -> c.unitId() == child.id()).findFirst()
                        .orElse(new TargetKpi.UnitKpi(child.id(), child.code(), child.name(), null, null, null, KpiStatus.NO_DATA));
                Cell cell = new Cell(k.numerator() != null, k.value(), k.status(), r.reportedAt(child.id()),
                        r.target().metric().ratio(), k.denominator());
                cells.add(cell);
                if (Objects.equals(sort, r.target().id())) {
                    BigDecimal key = cell.value() != null ? cell.value() : cell.reported() == null ? null : cell.reported().value();
                    keys.put(child.code(), key);
                }
            }
            rows.add(new ChildRow(child.name(), child.code(), DashboardUrls.dashboard(d.plan().id(), child.code(), d.day()), cells));
        }
        if (sort != null && d.targets().stream().anyMatch(r -> r.target().id() == sort)) {
            Comparator<BigDecimal> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            rows.sort(Comparator.comparing((ChildRow r) -> keys.get(r.code()), Comparator.nullsLast(order)));
        }
        return rows;
    }

    /** The label cut at a word before {@value #HEADER_CHARS} characters, with "…" when cut. */
    static String shorten(String label) {
        if (label.length() <= HEADER_CHARS) {
            return label;
        }
        int cut = label.lastIndexOf(' ', HEADER_CHARS - 1);
        return label.substring(0, cut > 0 ? cut : HEADER_CHARS - 1).strip() + "…";
    }

    /** The breadcrumb: each unit of the trail with its dashboard on the day. */
    static List<Crumb> trail(Dashboard d) {
        return d.trail().stream().map(u -> new Crumb(u.name(), DashboardUrls.dashboard(d.plan().id(), u.code(), d.day()))).toList();
    }

    /**
     * Links to the person lists a metric offers (not yet counted, due soon, counted), each with the
     * message key of its name (plans.dashboard.list.LIST[.METRIC]); the current list's url is empty.
     */
    static List<Link> personLinks(long planId, long targetId, String unitCode, LocalDate day, String metric,
                                  List<PersonList> available, @Nullable PersonList current, Function<String, Boolean> hasKey) {
        List<Link> out = new ArrayList<>();
        for (PersonList l : List.of(PersonList.UNTRAINED, PersonList.PENDING, PersonList.COUNTED)) {
            if (available.contains(l)) {
                out.add(new Link(listKey(l, metric, hasKey),
                        l == current ? "" : DashboardUrls.persons(planId, targetId, unitCode, day, l, 1)));
            }
        }
        return out;
    }

    static String listKey(PersonList list, String metric, Function<String, Boolean> hasKey) {
        String specific = "plans.dashboard.list." + list.name() + "." + metric;
        return hasKey.apply(specific) ? specific : "plans.dashboard.list." + list.name();
    }
}

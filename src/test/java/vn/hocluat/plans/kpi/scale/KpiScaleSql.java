package vn.hocluat.plans.kpi.scale;

/**
 * The set-based statements of {@link KpiScaleData}, in order. They read the sizes from the temporary
 * table {@code sc_s} and the first id of each reserved block of ids from {@code sc_b}; {@code pg_temp.h(i,
 * salt, m)} is the seeded hash in [0, m). Person i (0-based) lives in unit index i mod L (sc_u), so the
 * persons of unit index n are n, n + L, n + 2L, … — the participants of an activity are drawn from them.
 */
final class KpiScaleSql {
    private KpiScaleSql() {
    }

    /** Sizes, the reserved id blocks and the unit index. */
    static String setup(int provinces, int communes, long villages, int persons, long courseRecords,
                        long activities, long participants, long external, String topics) {
        return """
                create function pg_temp.reserve(seq regclass, n bigint) returns bigint language sql as
                  $$ select setval(seq, nextval(seq) + n) - n $$;
                create temp table sc_s as select %d as pr, %d as co, %d::int as vi, %d + %d + %d as l, %d as np,
                  %d as nk, 2 * (%d / 5) + least(%d %% 5, 2) as acc, %d::bigint as cr, %d::int as nm, %d::bigint as pa,
                  %d::bigint as ex, %s as tp;
                create temp table sc_b as select pg_temp.reserve('unit_id_seq', s.l) as bu,
                  pg_temp.reserve('person_id_seq', s.np) as bp, pg_temp.reserve('account_id_seq', s.np) as ba,
                  pg_temp.reserve('course_id_seq', s.nk) as bc, pg_temp.reserve('course_module_id_seq', s.nk) as bcm,
                  pg_temp.reserve('lesson_id_seq', 2 * s.nk) as ble, pg_temp.reserve('cohort_id_seq', s.pr * s.nk + s.co) as bq,
                  pg_temp.reserve('training_activity_id_seq', s.nm) as bta,
                  (select id from unit where parent_id is null order by id limit 1) as root,
                  (select path from unit where parent_id is null order by id limit 1) as root_path
                from sc_s s""".formatted(provinces, communes, villages, provinces, communes, villages, persons,
                KpiScaleData.COURSES, persons, persons, courseRecords, activities, participants, external, topics);
    }

    static final String UNITS = """
            insert into unit (id, code, name, search_name, kind, parent_id, path, depth, population)
            select b.bu + i - 1, 'SC-P' || lpad(i::text, 2, '0'), 'Tỉnh ' || i, 'tinh ' || i, 'PROVINCE', b.root,
                   b.root_path || (b.bu + i - 1) || '/', 1, 1000000
            from sc_s s cross join sc_b b cross join generate_series(1, s.pr) i;
            insert into unit (id, code, name, search_name, kind, parent_id, path, depth, urban, pilot, population)
            select b.bu + s.pr + j - 1, 'SC-X' || j, case when j % 5 = 0 then 'Phường ' else 'Xã ' end || j,
                   case when j % 5 = 0 then 'phuong ' else 'xa ' end || j, case when j % 5 = 0 then 'WARD' else 'COMMUNE' end,
                   p.id, p.path || (b.bu + s.pr + j - 1) || '/', 2, j % 5 = 0, j % 37 = 0, 5000 + pg_temp.h(j, 1, 20000)
            from sc_s s cross join sc_b b cross join generate_series(1, s.co) j join unit p on p.id = b.bu + (j - 1) * s.pr / s.co;
            insert into unit (id, code, name, search_name, kind, parent_id, path, depth, population)
            select b.bu + s.pr + s.co + k - 1, 'SC-T' || k, 'Thôn ' || k, 'thon ' || k, 'VILLAGE', c.id,
                   c.path || (b.bu + s.pr + s.co + k - 1) || '/', 3, 1000 + pg_temp.h(k, 2, 2000)
            from sc_s s cross join sc_b b cross join generate_series(1, s.vi) k join unit c on c.id = b.bu + s.pr + 4 * ((k - 1) / 3);
            create temp table sc_u as
            select n, un.id, (string_to_array(trim(both '/' from un.path), '/'))[2]::bigint - b.bu as prov
            from sc_s s cross join sc_b b cross join generate_series(0, s.l - 1) n join unit un on un.id = b.bu + n;
            create unique index on sc_u (n)""";

    static final String PERSONS = """
            insert into account (id, username, password_hash, display_name, role, unit_id)
            select b.ba + i, 'sc-' || i, '!', 'Người ' || i, 'LEARNER', b.bu + i % s.l
            from sc_s s cross join sc_b b cross join generate_series(0, s.np - 1) i where i % 5 < 2;
            insert into person (id, code, full_name, search_name, birth_date, gender, unit_id, active_from, active_to, account_id)
            select b.bp + i, 'SC-' || i, 'Người ' || i, 'nguoi ' || i, date '1960-01-01' + pg_temp.h(i, 3, 16000),
                   case when pg_temp.h(i, 4, 2) = 0 then 'MALE' else 'FEMALE' end, b.bu + i % s.l, af,
                   case when pg_temp.h(i, 5, 100) < 8 then af + pg_temp.h(i, 6, 1500) end, case when i % 5 < 2 then b.ba + i end
            from sc_s s cross join sc_b b cross join generate_series(0, s.np - 1) i
                 cross join lateral (select date '2018-01-01' + pg_temp.h(i, 7, 2950) as af) x""";

    static final String GROUPS = """
            insert into person_group (person_id, group_code, trainer_level, recognized_on)
            select b.bp + i, grp, case when grp = 'TRAINER' then (array['CENTRAL', 'PROVINCIAL', 'COMMUNE'])[1 + pg_temp.h(i, 8, 3)] end,
                   case when grp = 'MEDIATOR' then date '2019-01-01' + pg_temp.h(i, 9, 2850) end
            from sc_s s cross join sc_b b cross join generate_series(0, s.np - 1) i
                 cross join lateral (select pg_temp.h(i, 10, 100) as g) x
                 cross join lateral (select case when g < 15 then 'OFFICIAL' when g < 18 then 'REPORTER' when g < 26 then 'PROPAGANDIST'
                     when g < 38 then 'MEDIATOR' when g < 40 then 'TRAINER' when g < 45 then 'ARMED_FORCES' else 'CITIZEN' end as grp) y;
            insert into person_group (person_id, group_code, recognized_on)
            select b.bp + i, 'MEDIATOR', date '2019-01-01' + pg_temp.h(i, 9, 2850)
            from sc_s s cross join sc_b b cross join generate_series(0, s.np - 1) i
            where pg_temp.h(i, 10, 100) < 15 and pg_temp.h(i, 11, 10) = 0""";

    static final String COURSES = """
            insert into course (id, slug, title, search_text, topics, unit_id, published)
            select b.bc + k, 'sc-khoa-' || k, 'Khóa học ' || k, 'khoa hoc ' || k,
                   array[s.tp[1 + k % 6]] || case when k % 3 = 0 then array[s.tp[1 + (k + 2) % 6]] else '{}'::text[] end, b.root, true
            from sc_s s cross join sc_b b cross join generate_series(0, s.nk - 1) k;
            insert into course_module (id, course_id, position, slug, title)
            select b.bcm + k, b.bc + k, 1, 'chuong-1', 'Chương 1' from sc_s s cross join sc_b b cross join generate_series(0, s.nk - 1) k;
            insert into lesson (id, course_id, module_id, position, slug, kind, title)
            select b.ble + 2 * k + j, b.bc + k, b.bcm + k, j + 1, 'bai-' || (j + 1), 'TEXT', 'Bài ' || (j + 1)
            from sc_s s cross join sc_b b cross join generate_series(0, s.nk - 1) k cross join generate_series(0, 1) j""";

    /** A cohort of every even course in every province; a cohort in every other commune. */
    static final String COHORTS = """
            insert into cohort (id, course_id, unit_id, title, starts_on, ends_on)
            select b.bq + p * s.nk + k, b.bc + k, b.bu + p, 'Đợt ' || k, d, d + 59
            from sc_s s cross join sc_b b cross join generate_series(0, s.pr - 1) p cross join generate_series(0, s.nk - 1, 2) k
                 cross join lateral (select date '2025-01-01' + pg_temp.h(p * s.nk + k, 12, 640) as d) x;
            insert into cohort (id, course_id, unit_id, title, starts_on, ends_on)
            select b.bq + s.pr * s.nk + j, b.bc + pg_temp.h(j, 13, s.nk), b.bu + s.pr + j - 1, 'Đợt xã ' || j, d, d + 29
            from sc_s s cross join sc_b b cross join generate_series(1, s.co, 2) j
                 cross join lateral (select date '2025-01-01' + pg_temp.h(j, 14, 670) as d) x""";

    /** Completion c of account index c mod A (person 5⌊a/2⌋ + a mod 2), its (c div A)-th distinct course. */
    static final String COMPLETIONS = """
            insert into course_completion (course_id, course_version, account_id, person_id, completed_at, cohort_id)
            select b.bc + x.k, 1, b.ba + x.i, b.bp + x.i,
                   case when q.id is not null then q.starts_on + pg_temp.h(x.c, 15, 60) + time '09:00'
                        else date '2025-01-01' + pg_temp.h(x.c, 16, 699) + (8 + pg_temp.h(x.c, 17, 12)) * interval '1 hour'
                   end at time zone 'Asia/Ho_Chi_Minh', q.id
            from sc_s s cross join sc_b b cross join generate_series(0, s.cr - 1) c
                 cross join lateral (select c, 5 * ((c % s.acc) / 2) + (c % s.acc) % 2 as i,
                                            ((c % s.acc) * 7 + (c / s.acc) * 13) % s.nk as k) x
                 join sc_u u on u.n = x.i % s.l
                 left join cohort q on x.k % 2 = 0 and pg_temp.h(x.c, 18, 3) = 0 and q.id = b.bq + u.prov * s.nk + x.k""";

    /** A third of the course completions: the enrolment (a quarter by account only) and its first lesson opened. */
    static final String OPENINGS = """
            insert into enrollment (course_id, account_id, person_id, source, enrolled_at)
            select cc.course_id, cc.account_id, case when cc.id % 4 <> 0 then cc.person_id end, 'SELF', cc.completed_at - interval '20 days'
            from sc_s s cross join sc_b b join course_completion cc on cc.course_id between b.bc and b.bc + s.nk - 1
            where cc.id % 3 = 0;
            insert into lesson_progress (enrollment_id, lesson_id, first_opened_at)
            select e.id, b.ble + 2 * (e.course_id - b.bc), e.enrolled_at + interval '1 day'
            from sc_s s cross join sc_b b join enrollment e on e.course_id between b.bc and b.bc + s.nk - 1""";

    static final String ACTIVITIES = """
            insert into training_activity (id, unit_id, title, search_text, topics, mode, starts_on, ends_on)
            select b.bta + a, b.bu + a % s.l, 'Hội nghị tập huấn ' || a, 'hoi nghi tap huan ' || a,
                   array[s.tp[1 + t1]] || case when pg_temp.h(a, 19, 4) = 0 then array[s.tp[1 + (t1 + 1 + pg_temp.h(a, 20, 5)) % 6]]
                                              else '{}'::text[] end,
                   case when md < 55 then 'IN_PERSON' when md < 80 then 'ONLINE' else 'HYBRID' end, d, d + pg_temp.h(a, 21, 3)
            from sc_s s cross join sc_b b cross join generate_series(0, s.nm - 1) a
                 cross join lateral (select pg_temp.h(a, 22, 6) as t1, pg_temp.h(a, 23, 100) as md,
                                            date '2025-01-01' + pg_temp.h(a, 24, 697) as d) x""";

    /** Up to 40 distinct persons of the activity's unit each; one in 11 absent, excused or present without completing. */
    static final String PARTICIPANTS = """
            insert into activity_participant (activity_id, person_id, status, completed, completed_on, source)
            select b.bta + a, b.bp + x.n + s.l * ((a * 31 + k) % x.cnt),
                   case when done then 'PRESENT' else (array['ABSENT', 'EXCUSED', 'PRESENT'])[1 + pg_temp.h(a * 64 + k, 25, 3)] end,
                   done, case when done and pg_temp.h(a * 64 + k, 26, 20) = 0 then date '2025-01-01' + pg_temp.h(a, 24, 697) end, 'PICK'
            from sc_s s cross join sc_b b cross join generate_series(0, s.nm - 1) a
                 cross join lateral (select a % s.l as n, (s.np - a % s.l + s.l - 1) / s.l as cnt) x
                 cross join generate_series(0, 39) k
                 cross join lateral (select pg_temp.h(a * 64 + k, 27, 11) <> 0 as done) y
            where k < x.cnt
            limit (select pa from sc_s)""";

    static final String EXTERNAL = """
            insert into external_completion (person_id, course_title, topics, mode, completed_on, source)
            select b.bp + (e * 7919) % s.np, 'Khóa học cũ ' || pg_temp.h(e, 28, 30), array[s.tp[1 + pg_temp.h(e, 29, 6)]],
                   case when md < 50 then 'IN_PERSON' when md < 90 then 'ONLINE' else 'HYBRID' end,
                   date '2025-01-01' + pg_temp.h(e, 30, 699), 'LMS cũ của tỉnh'
            from sc_s s cross join sc_b b cross join generate_series(0, s.ex - 1) e
                 cross join lateral (select pg_temp.h(e, 31, 100) as md) x
            on conflict do nothing""";
}

-- Indexes of the KPI engine's queries (plans/kpi): every metric starts from the persons of a unit
-- subtree (scope → person by unit_id) and probes the facts of each person.

-- The roster: persons of the subtree's units active on a day, with the account that links their
-- enrolments (MATERIAL_ACCESS_SHARE), read from the index alone at the national roll-up.
create index person_roster_idx on person (unit_id) include (active_from, active_to, account_id);

-- ONLINE_ACTIVITY_SHARE: self-paced completions (outside any cohort) of a subtree's persons by day,
-- with the course to form one activity per course and year.
create index course_completion_self_paced_idx on course_completion (person_id, completed_at) include (course_id)
    where cohort_id is null and person_id is not null;

-- ONLINE_ACTIVITY_SHARE: the cohorts a subtree's units ran, by start date.
create index cohort_unit_start_idx on cohort (unit_id, starts_on);

-- MATERIAL_ACCESS_SHARE: the enrolments of a person (or of their account) in the designated courses.
create index enrollment_person_course_idx on enrollment (person_id, course_id) where person_id is not null;

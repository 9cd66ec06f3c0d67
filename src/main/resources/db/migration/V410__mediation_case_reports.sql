-- Mediation case tallies (issue 8): per team and period (a calendar month or quarter) the cases received,
-- mediated successfully, unsuccessfully and still in progress. Every report is kept (the audit trail);
-- a later report for the same team and period replaces the earlier one by taking over "current".
create table mediation_case_report (
    id             bigserial primary key,
    team_id        bigint       not null references mediation_team (id) on delete cascade,
    period_kind    varchar(8)   not null check (period_kind in ('MONTH', 'QUARTER')),
    period_start   date         not null,
    period_end     date         not null,
    received       int          not null check (received >= 0),
    successful     int          not null check (successful >= 0),
    unsuccessful   int          not null check (unsuccessful >= 0),
    in_progress    int          not null check (in_progress >= 0),
    current        boolean      not null default true,
    -- PAGE (entered on the team's page) or IMPORT (with the file's name)
    source         varchar(8)   not null check (source in ('PAGE', 'IMPORT')),
    file_name      varchar(255),
    reported_by    bigint       not null references account (id),
    reported_at    timestamptz  not null default now(),
    constraint mediation_case_report_period check (period_end > period_start),
    constraint mediation_case_report_counts check (successful + unsuccessful + in_progress <= received)
);
-- one current report per team and period
create unique index mediation_case_report_current_idx on mediation_case_report (team_id, period_start, period_end) where current;
-- the metric reads current reports by period
create index mediation_case_report_period_idx on mediation_case_report (period_start) where current;

-- KPI refresh (V220, as V400): a report counts for its team's unit.
create trigger kpi_mediation_case_report_ins after insert on mediation_case_report referencing new table as kpi_new
    for each statement execute function kpi_bump_team_id();
create trigger kpi_mediation_case_report_upd after update on mediation_case_report referencing old table as kpi_old new table as kpi_new
    for each statement execute function kpi_bump_team_id();
create trigger kpi_mediation_case_report_del after delete on mediation_case_report referencing old table as kpi_old
    for each statement execute function kpi_bump_team_id();

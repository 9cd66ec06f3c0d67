package vn.hocluat.org;

/** Audience groups of the plans; label key group.&lt;NAME&gt;. TRAINER carries a level, MEDIATOR a recognition date. */
public enum AudienceGroup {
    OFFICIAL, ARMED_FORCES, REPORTER, PROPAGANDIST, TEACHER, MEDIATOR, TRAINER, CITIZEN
}

package vn.hocluat.platform.security;

/** What an account may do; every role but ADMIN acts inside one unit's subtree. */
public enum Role {
    ADMIN, MANAGER, TRAINER, ORGANISER, LEARNER
}

package vn.hocluat.org;

/** The level of a trainer (tập huấn viên): central, provincial or commune. */
public enum TrainerLevel {
    CENTRAL, PROVINCIAL, COMMUNE
}

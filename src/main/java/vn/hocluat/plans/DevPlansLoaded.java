package vn.hocluat.plans;

/** Dev environment only: the sample plans are in (after the sample roster), so sample data about them can follow. */
public record DevPlansLoaded() {
}

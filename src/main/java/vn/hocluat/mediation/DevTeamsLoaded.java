package vn.hocluat.mediation;

/** Dev environment only: the Nam Định sample mediation teams are in, so sample facts about them (case reports) can follow. */
public record DevTeamsLoaded() {
}

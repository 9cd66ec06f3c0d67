package vn.hocluat.org.rosterimport;

/** Dev environment only: the sample roster has been loaded, so sample data that refers to its people can follow. */
public record DevRosterLoaded() {
}

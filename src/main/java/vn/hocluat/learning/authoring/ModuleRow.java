package vn.hocluat.learning.authoring;

/** A module (chương) of a course. */
record ModuleRow(long id, int position, String slug, String title) {
}

package vn.hocluat.org.rosterimport;

import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.TrainerLevel;

import java.time.LocalDate;

/** One audience group of a person as the import compares it: the level only for TRAINER, the date only for MEDIATOR. */
record GroupValue(AudienceGroup group, TrainerLevel level, LocalDate recognizedOn) {
}

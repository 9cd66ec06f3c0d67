package vn.hocluat.assessment.quiz;

/** Published after a quiz definition was saved, so caches of its draw plan are dropped. */
public record QuizChanged(long quizId) {
}

package vn.hocluat.assessment;

import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionHtml;
import vn.hocluat.assessment.question.TextFormat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A used question version as safe HTML (Markdown rendered and sanitised once, then kept: used
 * versions never change): text, options, left and right items of a matching question, feedback.
 */
record RenderedQuestion(String text, List<String> choices, List<String> choiceFeedback, List<String> lefts,
                        List<String> rights, String generalFeedback) {
    private static final int MAX_ENTRIES = 20_000;
    private static final Map<QuestionVersions.Key, RenderedQuestion> CACHE = new ConcurrentHashMap<>();

    static RenderedQuestion of(QuestionVersions.Key key, QuestionContent c) {
        RenderedQuestion r = CACHE.get(key);
        if (r == null) {
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            r = render(c);
            CACHE.put(key, r);
        }
        return r;
    }

    private static RenderedQuestion render(QuestionContent c) {
        TextFormat f = c.format();
        return new RenderedQuestion(QuestionHtml.render(c.text(), f),
                c.choices().stream().map(Choice::text).map(t -> QuestionHtml.renderInline(t, f)).toList(),
                c.choices().stream().map(Choice::feedback).map(t -> QuestionHtml.renderInline(t, f)).toList(),
                Grader.lefts(c.pairs()).stream().map(MatchPair::left).map(t -> QuestionHtml.renderInline(t, f)).toList(),
                Grader.rights(c.pairs()).stream().map(t -> QuestionHtml.renderInline(t, f)).toList(),
                QuestionHtml.render(c.generalFeedback(), f));
    }
}

package vn.hocluat.learning.xapi;

import jakarta.inject.Singleton;
import vn.hocluat.learning.xapi.XapiJson.Account;
import vn.hocluat.learning.xapi.XapiJson.Activity;
import vn.hocluat.learning.xapi.XapiJson.Agent;
import vn.hocluat.learning.xapi.XapiJson.Definition;
import vn.hocluat.learning.xapi.XapiJson.Result;
import vn.hocluat.learning.xapi.XapiJson.Score;
import vn.hocluat.learning.xapi.XapiJson.Statement;
import vn.hocluat.learning.xapi.XapiJson.Verb;
import vn.hocluat.platform.web.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a stored statement into its xAPI 1.0.3 JSON: ADL verbs with Vietnamese and English
 * displays, activities addressed by their pages on this platform's public address.
 */
@Singleton
class StatementShapes {
    static final String VERSION = "1.0.3";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String ACTIVITIES = "http://adlnet.gov/expapi/activities/";

    private final Messages messages;

    StatementShapes(Messages messages) {
        this.messages = messages;
    }

    Statement shape(StatementRow s, String home) {
        String verb = s.verb().toLowerCase(Locale.ROOT);
        Map<String, String> display = new LinkedHashMap<>();
        display.put("vi", messages.get(Messages.VI, "xapi.verb." + verb));
        display.put("en-US", messages.get(Messages.EN, "xapi.verb." + verb));
        String course = home + "/courses/" + s.courseSlug();
        Activity object = switch (s.objectKind()) {
            case "LESSON" -> activity(course + "/lessons/" + s.lessonSlug(), s.language(), s.lessonTitle(), "lesson");
            case "QUIZ" -> activity(home + "/quizzes/" + s.objectId(), s.language(), s.quizTitle(), "assessment");
            default -> activity(course, s.language(), s.courseTitle(), "course");
        };
        return new Statement(s.uuid().toString(), new Agent("Agent", s.displayName(), new Account(home, s.username())),
                new Verb(VERBS + verb, display), object, result(s), s.occurredAt().toString(), s.storedAt().toString(), VERSION);
    }

    private static Activity activity(String id, String language, String title, String type) {
        return new Activity("Activity", id, new Definition(Map.of(language, title == null ? "" : title), ACTIVITIES + type));
    }

    /** Score when one was stored; completion for completed, passed and failed; success for passed and failed. */
    private static Result result(StatementRow s) {
        Score score = null;
        if (s.score() != null) {
            BigDecimal scaled = s.maxScore() == null || s.maxScore().signum() <= 0 ? null
                    : plain(s.score().divide(s.maxScore(), 4, RoundingMode.HALF_UP));
            score = new Score(scaled, plain(s.score()), s.maxScore() == null ? null : plain(s.maxScore()));
        }
        Boolean success = switch (s.verb()) {
            case "PASSED" -> Boolean.TRUE;
            case "FAILED" -> Boolean.FALSE;
            default -> null;
        };
        Boolean completion = switch (s.verb()) {
            case "COMPLETED", "PASSED", "FAILED" -> Boolean.TRUE;
            default -> null;
        };
        return score == null && success == null && completion == null ? null : new Result(score, success, completion);
    }

    /** 8.0000 → 8, 10.0000 → 10 (not 1E+1). */
    private static BigDecimal plain(BigDecimal d) {
        return new BigDecimal(d.stripTrailingZeros().toPlainString());
    }
}

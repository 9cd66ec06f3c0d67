package vn.hocluat.assessment.question;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * QuestionContent to and from the JSON stored in question_version.content. The JSON leaves out
 * empty lists and nulls, so what it reads is normalised: absent lists become empty lists and an
 * absent format is Markdown — callers never meet a null list.
 */
@Singleton
public class ContentCodec {
    private final JsonMapper json;

    public ContentCodec(JsonMapper json) {
        this.json = json;
    }

    public String write(QuestionContent content) {
        try {
            return json.writeValueAsString(normalised(content));
        } catch (IOException e) {
            throw new UncheckedIOException("question content could not be written as JSON", e);
        }
    }

    public QuestionContent read(String stored) {
        try {
            return normalised(json.readValue(stored, QuestionContent.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored question content is not valid JSON", e);
        }
    }

    /** The same content with null lists as empty lists and a null format as MARKDOWN. */
    public static QuestionContent normalised(QuestionContent c) {
        return new QuestionContent(c.type(), c.title(), c.text(), c.format() == null ? TextFormat.MARKDOWN : c.format(),
                list(c.choices()), list(c.numeric()), list(c.pairs()), c.generalFeedback(), c.exactMatch());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}

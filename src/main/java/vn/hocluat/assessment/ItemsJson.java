package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON of attempt.items and attempt.responses. */
@Singleton
class ItemsJson {
    private static final Argument<List<Item>> ITEMS = Argument.listOf(Item.class);
    private static final Argument<List<Response>> RESPONSES = Argument.listOf(Response.class);

    private final JsonMapper json;

    ItemsJson(JsonMapper json) {
        this.json = json;
    }

    List<Item> items(String text) {
        return read(text, ITEMS);
    }

    /** Saved responses; none when the column is null. */
    List<Response> responses(@Nullable String text) {
        return text == null ? List.of() : read(text, RESPONSES);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("attempt JSON could not be read", e);
        }
    }
}

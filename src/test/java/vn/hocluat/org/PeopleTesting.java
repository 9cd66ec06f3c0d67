package vn.hocluat.org;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

/** Helpers for the people tests: people created through the API, JSON bodies read as maps. */
final class PeopleTesting {
    private final JsonMapper json;

    PeopleTesting(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a person through the API as the given (signed-in) manager; returns the id. */
    long create(Web api, long unitId, String fullName, String moreJson) {
        String body = "{\"fullName\":\"" + fullName + "\",\"unitId\":" + unitId
                + (moreJson.isEmpty() ? "" : "," + moreJson) + "}";
        HttpResponse<String> r = api.postJson("/api/v1/people", body);
        if (r.statusCode() != 201) {
            throw new AssertionError("person not created: " + r.statusCode() + " " + r.body());
        }
        return ((Number) read(r.body()).get("id")).longValue();
    }

    long create(Web api, long unitId, String fullName) {
        return create(api, unitId, fullName, "");
    }
}

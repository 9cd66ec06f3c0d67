package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.support.Scene;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

/** Helpers for the people tests: units and signed-in sessions, people created through the API, JSON read as maps. */
final class PeopleTesting extends Scene {
    PeopleTesting(ApplicationContext context) {
        super(context);
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

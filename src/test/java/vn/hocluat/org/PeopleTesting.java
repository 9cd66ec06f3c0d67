package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

/** Helpers for the people tests: units and signed-in sessions, people created through the API, JSON read as maps. */
final class PeopleTesting {
    final Fixtures fixtures;
    private final JsonMapper json;
    private final EmbeddedServer server;

    PeopleTesting(ApplicationContext context) {
        this.fixtures = new Fixtures(context);
        this.json = context.getBean(JsonMapper.class);
        this.server = context.getBean(EmbeddedServer.class);
    }

    long province(String name) {
        return fixtures.unit(fixtures.rootId(), Fixtures.unique("T"), name, "PROVINCE");
    }

    long commune(long province, String name) {
        return fixtures.unit(province, Fixtures.unique("X"), name, "COMMUNE");
    }

    /** A browser session signed in through the login page. */
    Web pages(String username) {
        return new Web(server.getURI()).login(username, password(username));
    }

    /** An API client with a bearer token. */
    Web api(String username) {
        return new Web(server.getURI()).loginApi(username, password(username));
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

    private static String password(String username) {
        return "admin".equals(username) ? TestDatabase.ADMIN_PASSWORD : Fixtures.PASSWORD;
    }
}

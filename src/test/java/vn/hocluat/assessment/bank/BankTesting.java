package vn.hocluat.assessment.bank;

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
import java.util.List;
import java.util.Map;

/** Helpers for the bank tests: units and sessions, banks and questions created through the API, JSON read as maps. */
final class BankTesting {
    final Fixtures fixtures;
    private final JsonMapper json;
    private final EmbeddedServer server;

    BankTesting(ApplicationContext context) {
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

    Web pages(String username) {
        return new Web(server.getURI()).login(username, password(username));
    }

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

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String body) {
        return (List<Map<String, Object>>) read(body).get("items");
    }

    long bank(Web api, long unitId, String name) {
        HttpResponse<String> r = api.postJson("/api/v1/banks", "{\"name\":\"" + name + "\",\"unitId\":" + unitId + "}");
        return id(r, "bank");
    }

    /** A SINGLE question with options A (right) and B, plus the extra JSON fields given. */
    long single(Web api, long bankId, String text, String moreJson) {
        String body = "{" + moreJson + (moreJson.isEmpty() ? "" : ",") + "\"content\":{\"type\":\"SINGLE\",\"text\":\""
                + text + "\",\"format\":\"MARKDOWN\",\"choices\":[{\"text\":\"A\",\"weight\":100},{\"text\":\"B\",\"weight\":0}]}}";
        return id(api.postJson("/api/v1/banks/" + bankId + "/questions", body), "question");
    }

    long question(Web api, long bankId, String requestJson) {
        return id(api.postJson("/api/v1/banks/" + bankId + "/questions", requestJson), "question");
    }

    private long id(HttpResponse<String> r, String what) {
        if (r.statusCode() != 201) {
            throw new AssertionError(what + " not created: " + r.statusCode() + " " + r.body());
        }
        return ((Number) read(r.body()).get("id")).longValue();
    }

    static String password(String username) {
        return "admin".equals(username) ? TestDatabase.ADMIN_PASSWORD : Fixtures.PASSWORD;
    }
}

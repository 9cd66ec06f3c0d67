package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.support.Scene;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Helpers for the bank tests: units and sessions, banks and questions created through the API, JSON read as maps. */
final class BankTesting extends Scene {
    BankTesting(ApplicationContext context) {
        super(context);
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

}

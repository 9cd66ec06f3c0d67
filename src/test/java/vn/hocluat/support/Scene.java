package vn.hocluat.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** What feature tests share: units made directly, sessions signed in by page or API, JSON read as maps. */
public class Scene {
    public final Fixtures fixtures;
    private final JsonMapper json;
    private final EmbeddedServer server;

    public Scene(ApplicationContext context) {
        this.fixtures = new Fixtures(context);
        this.json = context.getBean(JsonMapper.class);
        this.server = context.getBean(EmbeddedServer.class);
    }

    public long province(String name) {
        return fixtures.unit(fixtures.rootId(), Fixtures.unique("T"), name, "PROVINCE");
    }

    public long commune(long province, String name) {
        return fixtures.unit(province, Fixtures.unique("X"), name, "COMMUNE");
    }

    /** A browser session signed in through the login page. */
    public Web pages(String username) {
        return new Web(server.getURI()).login(username, password(username));
    }

    /** An API client with a bearer token. */
    public Web api(String username) {
        return new Web(server.getURI()).loginApi(username, password(username));
    }

    public Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String password(String username) {
        return "admin".equals(username) ? TestDatabase.ADMIN_PASSWORD : Fixtures.PASSWORD;
    }
}

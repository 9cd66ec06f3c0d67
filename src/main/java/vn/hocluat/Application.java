package vn.hocluat;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import vn.hocluat.platform.db.EmbeddedDatabase;
import vn.hocluat.platform.logging.LogFormat;
import vn.hocluat.platform.security.Secrets;

import java.util.HashMap;
import java.util.Map;

@OpenAPIDefinition(info = @Info(title = "HọcLuật API", version = "v1",
        description = "Units, people and rosters of the HọcLuật legal-education platform"))
public class Application {

    /** What must be known before the context starts: the database (embedded when none is configured) and the signing secret. */
    static Map<String, Object> startupProperties() {
        Map<String, Object> props = new HashMap<>(EmbeddedDatabase.propertiesIfNeeded());
        props.putAll(Secrets.properties());
        return props;
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                // JSON logs are read by machines: no ASCII-art banner among them
                .banner(!LogFormat.json())
                .properties(startupProperties())
                .start();
    }
}

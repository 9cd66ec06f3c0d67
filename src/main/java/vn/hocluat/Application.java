package vn.hocluat;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import vn.hocluat.platform.db.EmbeddedDatabase;
import vn.hocluat.platform.logging.LogFormat;
import vn.hocluat.platform.security.Secrets;

@OpenAPIDefinition(info = @Info(title = "HọcLuật API", version = "v1",
        description = "Units, people and rosters of the HọcLuật legal-education platform"))
public class Application {
    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(!LogFormat.json())
                .properties(EmbeddedDatabase.propertiesIfNeeded())
                // without this a jar started with no HOCLUAT_JWT_SECRET has an empty signing key and no login works
                .properties(Secrets.properties())
                .start();
    }
}

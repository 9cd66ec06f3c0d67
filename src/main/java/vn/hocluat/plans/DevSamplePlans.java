package vn.hocluat.plans;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.org.rosterimport.DevRosterLoaded;
import vn.hocluat.plans.PlanJson.PlanBody;
import vn.hocluat.platform.security.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * In the dev environment only, once the sample units and roster are in: the plans of the five seed
 * documents (dev/plans.json, in the JSON of POST /api/v1/plans), created through the same service
 * as the API, as the root administrator. A plan whose unit already has its document number is left
 * as it is, so restarts neither duplicate them nor undo edits. A plan the service refuses is logged
 * with its field errors and skipped. Then publishes {@link DevPlansLoaded}.
 */
@Singleton
@Requires(env = "dev")
class DevSamplePlans {
    static final String FILE = "dev/plans.json";
    private static final Logger LOG = LoggerFactory.getLogger(DevSamplePlans.class);

    private final PlanService plans;
    private final JsonMapper json;
    private final RootAdmin root;
    private final ApplicationEventPublisher<DevPlansLoaded> loaded;

    DevSamplePlans(PlanService plans, JsonMapper json, RootAdmin root, ApplicationEventPublisher<DevPlansLoaded> loaded) {
        this.plans = plans;
        this.json = json;
        this.root = root;
        this.loaded = loaded;
    }

    /** Runs inside the roster loader's transaction. */
    @EventListener
    void onRosterLoaded(DevRosterLoaded event) {
        int created = load(plans, root.user(), parse(json));
        LOG.info("Sample plans of {}: {} created", FILE, created);
        loaded.publishEvent(new DevPlansLoaded());
    }

    /** Creates the plans that are not there yet; returns how many were created. */
    static int load(PlanService plans, CurrentUser admin, List<PlanBody> bodies) {
        int created = 0;
        for (PlanBody b : bodies) {
            if (plans.existing(b.unitCode(), b.docNumber()).isPresent()) {
                continue;
            }
            List<FormInvalid.FieldError> errors = plans.check(admin, b);
            if (errors.isEmpty()) {
                plans.create(admin, b);
                created++;
            } else {
                errors.forEach(e -> LOG.error("{} plan {} {}: {} {}", FILE, b.unitCode(), e.field(), e.key(), List.of(e.args())));
            }
        }
        return created;
    }

    static List<PlanBody> parse(JsonMapper json) {
        try (InputStream in = DevSamplePlans.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return json.readValue(in.readAllBytes(), Argument.listOf(PlanBody.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

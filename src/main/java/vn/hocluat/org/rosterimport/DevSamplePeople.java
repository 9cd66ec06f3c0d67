package vn.hocluat.org.rosterimport;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * In the dev environment only: a sample roster (dev/people.csv: officials, reporters, trainers,
 * propagandists and mediators of the seed localities) loaded through the roster import after the
 * sample units (which load at context start; this waits for the server start). Re-loading is a
 * no-op because the import matches on codes.
 */
@Singleton
@Requires(env = "dev")
class DevSamplePeople {
    static final String FILE = "dev/people.csv";
    private static final Logger LOG = LoggerFactory.getLogger(DevSamplePeople.class);

    private final RosterImportService importer;
    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<DevRosterLoaded> loaded;

    DevSamplePeople(RosterImportService importer, JdbcOperations jdbc, ApplicationEventPublisher<DevRosterLoaded> loaded) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.loaded = loaded;
    }

    @EventListener
    @Transactional
    void onServerStartup(ServerStartupEvent event) {
        long root = jdbc.prepareStatement("select id from unit where parent_id is null order by id limit 1", st -> {
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        CurrentUser admin = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, root);
        RosterImportService.Result r = importer.importFile(admin, new Upload(FILE, read()), Messages.VI);
        if (!r.errors().isEmpty()) {
            r.errors().forEach(e -> LOG.error("{} row {} column {}: {}", FILE, e.row(), e.column(), e.message()));
            throw new IllegalStateException(FILE + " was refused by the roster import");
        }
        LOG.info("Sample roster {}: {} created, {} updated", FILE, r.created(), r.updated());
        loaded.publishEvent(new DevRosterLoaded());
    }

    static byte[] read() {
        try (InputStream in = DevSamplePeople.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

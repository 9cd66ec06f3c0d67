package vn.hocluat.org;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * In the dev environment only: loads the localities of the seed plans (dev/units.csv) through the
 * unit import, as the root administrator, unless they are there already (the first unit of the file
 * exists), so restarts neither duplicate them nor undo edits made in the running system.
 */
@Singleton
@Requires(env = "dev")
class DevSampleUnits {
    static final String FILE = "dev/units.csv";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleUnits.class);

    private final UnitImportService importer;
    private final UnitRepository units;
    private final UnitQueries queries;

    DevSampleUnits(UnitImportService importer, UnitRepository units, UnitQueries queries) {
        this.importer = importer;
        this.units = units;
        this.queries = queries;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        Table table = read();
        String firstCode = table.rows().get(0).cell(0);
        if (units.findByCode(firstCode).isPresent()) {
            LOG.info("Sample units of {} already loaded", FILE);
            return;
        }
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, queries.rootId());
        UnitImportService.ImportResult r;
        try {
            r = importer.importTable(root, table, Messages.VI);
        } catch (UnitImportService.ImportRejected e) {
            e.errors().forEach(err -> LOG.error("{} row {} column {}: {}", FILE, err.row(), err.column(), err.message()));
            throw new IllegalStateException(FILE + " was refused by the unit import", e);
        }
        LOG.info("Loaded sample units from {}: {} created", FILE, r.created());
    }

    static Table read() {
        try (InputStream in = DevSampleUnits.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return TableReader.read(FILE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TableFormatException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.messageKey(), e);
        }
    }
}

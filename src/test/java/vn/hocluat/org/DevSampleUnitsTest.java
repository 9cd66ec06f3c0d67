package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.sql.Connection;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The dev sample file imports cleanly; the import runs in a transaction rolled back so the shared test database stays clean. */
@MicronautTest(transactional = false)
class DevSampleUnitsTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    UnitImportService importer;
    @Inject
    UnitRepository units;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void dev_units_csv_imports_without_errors_as_root_admin() {
        Table table = DevSampleUnits.read();
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        Map<UnitKind, Long> kinds = tx.executeWrite(status -> {
            status.setRollbackOnly();
            UnitImportService.ImportResult r = importer.importTable(root, table, Messages.VI);
            assertEquals(new UnitImportService.ImportResult(53, 0), r);
            assertEquals("Xã Kiến Hưng", units.findByCode("HP-KIENHUNG").orElseThrow().name());
            return table.rows().stream().map(row -> units.findByCode(row.cell(0)).orElseThrow().kind())
                    .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        });
        assertEquals(Map.of(UnitKind.PROVINCE, 5L, UnitKind.AGENCY, 5L, UnitKind.COMMUNE, 4L, UnitKind.WARD, 6L,
                UnitKind.VILLAGE, 14L, UnitKind.RESIDENTIAL_GROUP, 19L), kinds);
        assertFalse(units.findByCode("HP").isPresent(), "rolled back");
    }
}

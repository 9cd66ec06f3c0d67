package vn.hocluat.learning.files;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * On start (after Flyway, the first administrator and the dev sample units, which come at context
 * start): imports {@code hocluat.courses.dir} (relative to the working directory). An empty setting
 * disables the import; a missing folder is skipped silently; a bad course never stops the start.
 * Ordered before the other server-start listeners, so the dev sample data that assigns the sample
 * courses (after the sample roster) finds them.
 */
@Singleton
class StartupImport implements ApplicationEventListener<ServerStartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(StartupImport.class);

    private final CoursesImport imports;
    private final String dir;

    StartupImport(CoursesImport imports, @Value("${hocluat.courses.dir:courses}") String dir) {
        this.imports = imports;
        this.dir = dir;
    }

    @Override
    public int getOrder() {
        return -100;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            imports.importAll(Path.of(dir));
        } catch (RuntimeException e) {
            LOG.warn("The import of courses from {} failed; the application starts without it", dir, e);
        }
    }
}

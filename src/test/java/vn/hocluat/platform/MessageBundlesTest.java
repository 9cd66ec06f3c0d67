package vn.hocluat.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the Vietnamese and English bundles in step, and every key a template uses defined. */
class MessageBundlesTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:\\{\\{|\\()t \"([a-zA-Z0-9_.]+)\"");

    @Test
    void vietnamese_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertEquals(Set.of(), onlyVi, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing in messages_vi.properties");
    }

    @Test
    void every_literal_key_used_in_a_template_is_defined() throws IOException {
        Set<String> defined = load("messages_vi.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/views"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".hbs")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        missing.add(p.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

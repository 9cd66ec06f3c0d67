package vn.hocluat.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.question.ContentCodec;
import vn.hocluat.assessment.question.QuestionContent;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Question versions by (question, version), read from question_version and kept in memory. Only
 * versions an attempt has used are asked for or remembered, and those never change (editing one
 * makes a new version), so submit and the attempt page read no question rows.
 */
@Singleton
class QuestionVersions {
    private static final int MAX_ENTRIES = 50_000;

    /** A question at a version. */
    record Key(long q, int v) {
    }

    private final JdbcOperations jdbc;
    private final ContentCodec codec;
    private final Map<Key, QuestionContent> cache = new ConcurrentHashMap<>();

    QuestionVersions(JdbcOperations jdbc, ContentCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Keeps contents an attempt has just frozen (committed), so its page and grading read no question rows. */
    void remember(Map<Key, QuestionContent> contents) {
        if (cache.size() + contents.size() > MAX_ENTRIES) {
            cache.clear();
        }
        cache.putAll(contents);
    }

    /** The contents of the keys; a key without a stored version is absent from the map. */
    @ReadOnly
    Map<Key, QuestionContent> get(Collection<Key> keys) {
        Map<Key, QuestionContent> out = new HashMap<>();
        List<Key> missing = keys.stream().distinct().filter(k -> {
            QuestionContent c = cache.get(k);
            if (c != null) {
                out.put(k, c);
            }
            return c == null;
        }).toList();
        if (!missing.isEmpty()) {
            Map<Key, QuestionContent> loaded = load(missing);
            if (cache.size() + loaded.size() > MAX_ENTRIES) {
                cache.clear();
            }
            cache.putAll(loaded);
            out.putAll(loaded);
        }
        return out;
    }

    private Map<Key, QuestionContent> load(List<Key> keys) {
        return jdbc.prepareStatement("""
                select question_id, version, content::text from question_version
                where (question_id, version) in (select * from unnest(?::bigint[], ?::int[]))""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", keys.stream().map(Key::q).toArray()));
            st.setArray(2, st.getConnection().createArrayOf("int", keys.stream().map(Key::v).toArray()));
            Map<Key, QuestionContent> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(new Key(rs.getLong(1), rs.getInt(2)), codec.read(rs.getString(3)));
                }
            }
            return out;
        });
    }
}

package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.question.ContentCodec;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.text.Fold;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of questions and their versions. An attempt "uses" a version when its items hold
 * {"q": id, "v": version} (found through the jsonb_path_ops index on attempt.items). Callers
 * (QuestionService) have checked the bank's scope.
 */
@Singleton
class QuestionQueries {
    /** The question row: what the service needs before reading or changing a question. */
    record Head(long id, long bankId, QuestionType type, int currentVersion, boolean active,
                String category, Difficulty difficulty, List<String> tags,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private static final String HEAD = """
            select id, bank_id, type, current_version, active, category, difficulty, tags, created_at, updated_at
            from question where id = ?""";

    private final Sql sql;
    private final ContentCodec codec;

    QuestionQueries(Sql sql, ContentCodec codec) {
        this.sql = sql;
        this.codec = codec;
    }

    Paged<QuestionSummary> list(long bankId, QuestionFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(bankId, f, params);
        long total = sql.count("select count(*) from question q" + where, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.size());
        pageParams.add(Paged.offset(f.page(), f.size()));
        List<QuestionSummary> items = sql.list("""
                select q.id, q.type, q.title, v.content ->> 'text', q.category, q.difficulty, q.tags, q.current_version, q.active
                from question q join question_version v on v.question_id = q.id and v.version = q.current_version
                """ + where + " order by q.id limit ? offset ?", pageParams, rs -> new QuestionSummary(
                rs.getLong(1), QuestionType.valueOf(rs.getString(2)), rs.getString(3),
                QuestionSummary.excerpt(rs.getString(4)), rs.getString(5), difficulty(rs.getString(6)),
                tags(rs), rs.getInt(8), rs.getBoolean(9)));
        return new Paged<>(items, total, f.page(), f.size());
    }

    Optional<Head> head(long id) {
        return sql.one(HEAD, List.of(id), QuestionQueries::head);
    }

    /** The question row locked until the end of the transaction (edits wait for attempts being started). */
    Optional<Head> headForUpdate(long id) {
        return sql.one(HEAD + " for update", List.of(id), QuestionQueries::head);
    }

    Optional<QuestionContent> content(long id, int version) {
        return sql.one("select content from question_version where question_id = ? and version = ?",
                List.of(id, version), rs -> codec.read(rs.getString(1)));
    }

    List<QuestionDetail.Version> versions(long id) {
        return sql.list("""
                select v.version, v.created_at, a.display_name,
                       (select count(*) from attempt t
                        where t.items @> jsonb_build_array(jsonb_build_object('q', v.question_id, 'v', v.version)))
                from question_version v left join account a on a.id = v.created_by
                where v.question_id = ? order by v.version desc""", List.of(id), rs -> new QuestionDetail.Version(
                rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getLong(4)));
    }

    long insert(long bankId, QuestionData d, long accountId) {
        long id = sql.one("""
                insert into question (bank_id, type, title, search_text, category, difficulty, tags)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Arrays.asList(bankId, d.content().type().name(),
                d.content().title(), searchText(d.content()), d.category(), name(d.difficulty()),
                d.tags().toArray(String[]::new)), rs -> rs.getLong(1)).orElseThrow();
        insertVersion(id, 1, d.content(), accountId);
        return id;
    }

    void insertVersion(long id, int version, QuestionContent content, long accountId) {
        sql.update("insert into question_version (question_id, version, content, created_by) values (?, ?, ?::jsonb, ?)",
                List.of(id, version, codec.write(content), accountId));
    }

    void replaceContent(long id, int version, QuestionContent content) {
        sql.update("update question_version set content = ?::jsonb where question_id = ? and version = ?",
                List.of(codec.write(content), id, version));
    }

    /** Points the question at a version and stores what lives outside the versions (category, difficulty, tags). */
    void updateHead(long id, int currentVersion, QuestionData d) {
        sql.update("""
                update question set current_version = ?, title = ?, search_text = ?, category = ?, difficulty = ?,
                       tags = ?, updated_at = now() where id = ?""", Arrays.asList(currentVersion,
                d.content().title(), searchText(d.content()), d.category(), name(d.difficulty()),
                d.tags().toArray(String[]::new), id));
    }

    /** Whether an attempt showed the version (v) or grades with its key after a regrade (g). */
    boolean versionUsed(long id, int version) {
        return sql.exists("select 1 from attempt where items @> ?::jsonb or items @> ?::jsonb",
                List.of("[{\"q\":" + id + ",\"v\":" + version + "}]", "[{\"q\":" + id + ",\"g\":" + version + "}]"));
    }

    /** Whether any attempt used any version, or a quiz names the question: then it is deactivated, never deleted. */
    boolean everUsed(long id) {
        return sql.exists("select 1 from attempt where items @> ?::jsonb", List.of("[{\"q\":" + id + "}]"))
                || sql.exists("select 1 from quiz_rule where question_id = ?", List.of(id));
    }

    void setActive(long id, boolean active) {
        sql.update("update question set active = ?, updated_at = now() where id = ?", List.of(active, id));
    }

    void delete(long id) {
        sql.update("delete from question where id = ?", List.of(id));
    }

    /** Every question of a bank with its current content, in id order, for an export (line = position). */
    List<ParsedQuestion> export(long bankId) {
        return sql.list("""
                select q.category, q.difficulty, q.tags, v.content
                from question q join question_version v on v.question_id = q.id and v.version = q.current_version
                where q.bank_id = ? order by q.id""", List.of(bankId), rs -> new ParsedQuestion(rs.getRow(),
                rs.getString(1), difficulty(rs.getString(2)), tags(rs), codec.read(rs.getString(4))));
    }

    /** The categories used in a bank, sorted, for the filter. */
    List<String> categories(long bankId) {
        return sql.list("select distinct category from question where bank_id = ? and category is not null order by 1 limit 1000",
                List.of(bankId), rs -> rs.getString(1));
    }

    List<String> tags(long bankId) {
        return sql.list("select distinct unnest(tags) from question where bank_id = ? order by 1 limit 1000",
                List.of(bankId), rs -> rs.getString(1));
    }

    /** What text search looks in: the folded title and text. */
    static String searchText(QuestionContent c) {
        return Fold.fold((c.title() == null ? "" : c.title()) + " " + c.text());
    }

    private static String where(long bankId, QuestionFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder(" where q.bank_id = ?");
        params.add(bankId);
        if (f.category() != null) {
            where.append(" and (q.category = ? or q.category like ?)");
            params.add(f.category());
            params.add(Sql.likeLiteral(f.category()) + "/%");
        }
        if (f.difficulty() != null) {
            where.append(" and q.difficulty = ?");
            params.add(f.difficulty().name());
        }
        if (f.type() != null) {
            where.append(" and q.type = ?");
            params.add(f.type().name());
        }
        if (f.tag() != null) {
            where.append(" and q.tags @> ?");
            params.add(new String[] {f.tag()});
        }
        if (f.q() != null) {
            where.append(" and q.search_text like ?");
            params.add(Fold.containsPattern(f.q()));
        }
        return where.toString();
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), rs.getLong(2), QuestionType.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getBoolean(5), rs.getString(6), difficulty(rs.getString(7)), tags(rs),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class));
    }

    private static List<String> tags(ResultSet rs) throws SQLException {
        java.sql.Array a = rs.getArray("tags");
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    static Difficulty difficulty(String s) {
        return s == null ? null : Difficulty.valueOf(s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

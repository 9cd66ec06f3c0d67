package vn.hocluat.satisfaction;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RatingServiceTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    RatingService ratings;
    @Inject
    AnonymousRaters anonymous;

    Fixtures fx;
    long province;
    long communeA;
    long communeB;
    long courseA;
    long learner;

    @BeforeEach
    void scene() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("T"), "Tỉnh Đánh Giá", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        String slug = Fixtures.unique("khoa-hoc-").toLowerCase().replaceAll("[^a-z0-9]+", "-");
        courseA = fx.queryLong("insert into course (slug, title, search_text, unit_id) values (?, ?, ?, ?) returning id",
                slug, "Khóa học", "khoa hoc", communeA);
        String username = fx.account("LEARNER", communeA);
        learner = fx.queryLong("select id from account where username = ?", username);
    }

    private static CurrentUser manager(long unit) {
        return new CurrentUser(0, "m", "m", Role.MANAGER, unit);
    }

    private static String address() {
        return Fixtures.unique("10.8.");
    }

    private static YearMonth now() {
        return YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void manager_of_the_commune_reads_score_and_comment_of_its_course() {
        ratings.record(new RatingRequest(RatedObject.course(courseA), 5, "  Rất bổ ích  ", Rater.account(learner), address()));

        List<Rating> read = ratings.ratings(manager(communeA), communeA, now(), now());
        assertEquals(1, read.size());
        assertEquals(5, read.get(0).score());
        assertEquals("Rất bổ ích", read.get(0).comment());
        assertEquals(courseA, read.get(0).object().id());
        assertEquals(communeA, read.get(0).ownerUnitId());
        assertEquals("Xã An", read.get(0).ownerUnitName());
        assertEquals(communeA, fx.queryLong("select declared_unit_id from rating where id = ?", read.get(0).id()));
        assertEquals(1, ratings.ratings(manager(province), province, now(), now()).size());
        assertEquals(0, ratings.ratings(manager(province), province, now().minusMonths(2), now().minusMonths(1)).size());
    }

    @Test
    void manager_of_another_commune_cannot_read_the_ratings() {
        ratings.record(new RatingRequest(RatedObject.course(courseA), 2, "Khó hiểu", Rater.account(learner), address()));

        Problem p = assertThrows(Problem.class, () -> ratings.ratings(manager(communeB), communeA, now(), now()));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
        assertEquals(0, ratings.ratings(manager(communeB), communeB, now(), now()).size());
    }

    @Test
    void trainer_of_the_commune_cannot_read_comments() {
        Problem p = assertThrows(Problem.class, () -> ratings.ratings(
                new CurrentUser(0, "t", "t", Role.TRAINER, communeA), communeA, now(), now()));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
    }

    @Test
    void second_rating_of_the_same_course_in_the_month_is_refused_and_nothing_is_written() {
        ratings.record(new RatingRequest(RatedObject.course(courseA), 4, null, Rater.account(learner), address()));

        Problem p = assertThrows(Problem.class, () -> ratings.record(
                new RatingRequest(RatedObject.course(courseA), 1, "lần hai", Rater.account(learner), address())));
        assertEquals(HttpStatus.CONFLICT, p.status());
        assertEquals("satisfaction.already", p.messageKey());
        List<Rating> read = ratings.ratings(manager(communeA), communeA, now(), now());
        assertEquals(1, read.size());
        assertEquals(4, read.get(0).score());
        assertNull(read.get(0).comment());
    }

    @Test
    void score_outside_one_to_five_and_long_comment_are_refused() {
        Problem low = assertThrows(Problem.class, () -> ratings.record(
                new RatingRequest(RatedObject.course(courseA), 0, null, Rater.account(learner), address())));
        assertEquals("satisfaction.score.invalid", low.messageKey());
        Problem longComment = assertThrows(Problem.class, () -> ratings.record(
                new RatingRequest(RatedObject.course(courseA), 3, "a".repeat(1001), Rater.account(learner), address())));
        assertEquals("satisfaction.comment.tooLong", longComment.messageKey());
        assertEquals(0, ratings.ratings(manager(communeA), communeA, now(), now()).size());
    }

    @Test
    void unknown_course_is_not_found() {
        Problem p = assertThrows(Problem.class, () -> ratings.record(
                new RatingRequest(RatedObject.course(-1), 3, null, Rater.account(learner), address())));
        assertEquals(HttpStatus.NOT_FOUND, p.status());
    }

    @Test
    void one_address_is_refused_after_thirty_ratings_in_an_hour() {
        String ip = address();
        String page = "/" + Fixtures.unique("trang").toLowerCase();
        for (int i = 0; i < 30; i++) {
            ratings.record(new RatingRequest(RatedObject.page(page), 5, null, Rater.anonymous(anonymous.verify(anonymous.issue()).orElseThrow()), ip));
        }
        Problem p = assertThrows(Problem.class, () -> ratings.record(new RatingRequest(
                RatedObject.page(page), 5, null, Rater.anonymous(anonymous.verify(anonymous.issue()).orElseThrow()), ip)));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, p.status());
        assertEquals("satisfaction.rateLimited", p.messageKey());
        assertEquals(30, fx.queryLong("select count(*) from rating where object_path = ?", page));
        assertEquals(30, fx.queryLong("select count(*) from rating where object_path = ? and declared_unit_id is null", page));
    }

    @Test
    void anonymous_cookie_verifies_only_with_its_signature() {
        String cookie = anonymous.issue();
        String id = anonymous.verify(cookie).orElseThrow();
        assertEquals(32, id.length());
        assertTrue(cookie.startsWith(id + "."));
        String forged = id + "." + "0".repeat(64);
        assertTrue(anonymous.verify(forged).isEmpty());
        assertTrue(anonymous.verify("abc").isEmpty());
        assertTrue(anonymous.verify(null).isEmpty());
    }
}

package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.RegradeService;
import vn.hocluat.assessment.bank.QuestionInput;
import vn.hocluat.assessment.bank.QuestionService;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The questions of a contest's bank hold still while one of its rounds is open; fixing a key and regrading stay allowed. */
@MicronautTest(transactional = false)
class BankGuardTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    QuestionService questions;
    @Inject
    RegradeService regrades;
    @Inject
    Messages messages;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    private static QuestionInput single(String text, int right) {
        return new QuestionInput(null, null, List.of(), new QuestionContent(QuestionType.SINGLE, null, text,
                TextFormat.PLAIN, List.of(new Choice("Đúng", right == 0 ? 100 : 0, null),
                new Choice("Sai", right == 1 ? 100 : 0, null)), List.of(), List.of(), null, false));
    }

    private long bank(long contestId) {
        return scene.fixtures.queryLong("select bank_id from contest where id = ?", contestId);
    }

    @Test
    void open_round_refuses_new_changed_deactivated_and_deleted_questions_naming_the_round() {
        long id = scene.contest("Cuộc thi khoá câu hỏi", 1, 0);
        long bank = bank(id);
        long q = questions.create(scene.organiserA, bank, single("Luật có hiệu lực từ 2025?", 0)).id();
        scene.round(id, "Tuần 1", OrganiserScene.OPEN_OPENS, OrganiserScene.OPEN_CLOSES);
        scene.contests.publish(scene.organiserA, id);

        Problem added = assertThrows(Problem.class,
                () -> questions.create(scene.organiserA, bank, single("Câu mới?", 0)));
        assertEquals(HttpStatus.CONFLICT, added.status());
        assertEquals("contest.organiser.refused.bankRoundOpen", added.messageKey());
        assertEquals("Không thể thêm, xóa hay sửa nội dung câu hỏi lúc này: ngân hàng câu hỏi này dùng cho vòng \"Tuần 1\""
                        + " của cuộc thi \"Cuộc thi khoá câu hỏi\", đang mở đến 31/12/2097 20:00. Nếu một câu có đáp án sai,"
                        + " hãy chỉ sửa đáp án đúng (giữ nguyên nội dung và các phương án) rồi dùng chức năng chấm lại"
                        + " để chấm lại các bài đã làm.",
                messages.get(Messages.VI, added.messageKey(), added.args()));
        assertEquals(HttpStatus.CONFLICT, assertThrows(Problem.class,
                () -> questions.update(scene.organiserA, bank, q, single("Luật có hiệu lực từ 2026?", 0))).status());
        assertEquals(HttpStatus.CONFLICT, assertThrows(Problem.class,
                () -> questions.setActive(scene.organiserA, bank, q, false)).status());
        assertEquals(HttpStatus.CONFLICT, assertThrows(Problem.class,
                () -> questions.delete(scene.organiserA, bank, q)).status());
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from question q join question_version v on v.question_id = q.id
                where q.bank_id = ? and q.active and v.content ->> 'text' = 'Luật có hiệu lực từ 2025?'""", bank));
    }

    @Test
    void a_wrong_key_is_fixed_and_regraded_while_the_round_is_open() {
        long id = scene.contest("Cuộc thi sửa đáp án", 1, 0);
        long bank = bank(id);
        long q = questions.create(scene.organiserA, bank, single("Câu có đáp án sai?", 0)).id();
        scene.round(id, "Tuần 1", OrganiserScene.OPEN_OPENS, OrganiserScene.OPEN_CLOSES);
        scene.contests.publish(scene.organiserA, id);

        int version = questions.update(scene.organiserA, bank, q, single("Câu có đáp án sai?", 1)).currentVersion();
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from question_version where question_id = ? and version = ?
                  and (content -> 'choices' -> 1 ->> 'weight')::int = 100""", q, version));
        assertEquals(new RegradeService.Result(0, List.of()),
                regrades.regrade(q, version, "Đáp án đúng là Sai", scene.organiserA));
    }

    @Test
    void a_bank_whose_rounds_are_not_open_changes_freely() {
        long id = scene.contest("Cuộc thi chưa mở", 1, 0);
        long bank = bank(id);
        questions.create(scene.organiserA, bank, single("Câu một?", 0));
        scene.round(id, "Tuần sau", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        scene.contests.publish(scene.organiserA, id);
        questions.create(scene.organiserA, bank, single("Câu hai?", 1));
        assertEquals(2, scene.fixtures.queryLong("select count(*) from question where bank_id = ?", bank));
    }
}

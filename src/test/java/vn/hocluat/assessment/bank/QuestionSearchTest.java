package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.QuestionStore;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding questions in a bank: text without diacritics, category with its sub-categories, tag, type, difficulty; and draws. */
@MicronautTest(transactional = false)
class QuestionSearchTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    QuestionStore store;

    BankTesting t;
    String trainer;
    long bank;
    long mediator;
    long procedure;
    long land;
    long landmark;

    @BeforeAll
    void setUp() {
        t = new BankTesting(context);
        long commune = t.commune(t.province("Tỉnh Tìm Kiếm"), "Xã Tìm Kiếm");
        trainer = t.fixtures.account("TRAINER", commune);
        Web api = t.api(trainer);
        bank = t.bank(api, commune, "Ngân hàng tìm kiếm");
        mediator = t.single(api, bank, "Hòa giải viên ở cơ sở do ai bầu?",
                "\"category\":\"Luật Hòa giải\",\"difficulty\":\"EASY\",\"tags\":[\"tuần 1\"]");
        procedure = t.single(api, bank, "Thủ tục hòa giải gồm những bước nào?",
                "\"category\":\"Luật Hòa giải/Thủ tục\",\"difficulty\":\"HARD\",\"tags\":[\"tuần 2\"]");
        land = t.single(api, bank, "Đất đai thuộc sở hữu toàn dân?", "\"category\":\"Luật Đất đai\",\"difficulty\":\"EASY\"");
        landmark = t.question(api, bank, "{\"category\":\"Luật Hòa giải_x\",\"content\":{\"type\":\"TRUE_FALSE\","
                + "\"title\":\"Mốc giới\",\"text\":\"Câu đúng sai\",\"choices\":[{\"text\":\"true\",\"weight\":100},{\"text\":\"false\",\"weight\":0}]}}");
    }

    @Test
    void search_without_diacritics_finds_vietnamese_text_and_titles() {
        assertEquals(List.of(mediator, procedure), ids("q=hoa+giai"));
        assertEquals(List.of(mediator, procedure), ids("q=H%C3%92A+GI%E1%BA%A2I"));
        assertEquals(List.of(landmark), ids("q=moc+gioi"));
        assertEquals(List.of(), ids("q=100%25"));
        String page = t.pages(trainer).get("/banks/" + bank + "?q=dat+dai").body();
        assertTrue(page.contains("Đất đai thuộc sở hữu toàn dân?"), page);
        assertFalse(page.contains("Hòa giải viên ở cơ sở"), page);
    }

    @Test
    void category_filter_includes_sub_categories_only() {
        assertEquals(List.of(mediator, procedure), ids("category=Lu%E1%BA%ADt+H%C3%B2a+gi%E1%BA%A3i"));
        assertEquals(List.of(procedure), ids("category=Lu%E1%BA%ADt+H%C3%B2a+gi%E1%BA%A3i%2FTh%E1%BB%A7+t%E1%BB%A5c"));
    }

    @Test
    void tag_type_and_difficulty_filters_combine() {
        assertEquals(List.of(procedure), ids("tag=tu%E1%BA%A7n+2"));
        assertEquals(List.of(landmark), ids("type=TRUE_FALSE"));
        assertEquals(List.of(mediator, land), ids("difficulty=EASY&type=SINGLE"));
        assertEquals(400, t.api(trainer).get("/api/v1/banks/" + bank + "/questions?difficulty=VERY").statusCode());
        assertEquals(400, t.pages(trainer).get("/banks/" + bank + "?type=ESSAY").statusCode());
    }

    @Test
    void draw_query_matches_category_prefix_difficulty_and_tag() {
        assertEquals(List.of(mediator, procedure), store.activeIds(bank, "Luật Hòa giải", null, null));
        assertEquals(List.of(procedure), store.activeIds(bank, "Luật Hòa giải", Difficulty.HARD, null));
        assertEquals(List.of(mediator), store.activeIds(bank, null, null, "tuần 1"));
        assertEquals(List.of(mediator, procedure, land, landmark), store.activeIds(bank, null, null, null));
        assertEquals(List.of(), store.activeIds(bank, "Luật", null, null));
    }

    @Test
    void current_contents_come_back_for_existing_ids() {
        Map<Long, QuestionContent> contents = store.currentContents(List.of(mediator, land, 999_999_999L));
        assertEquals(2, contents.size());
        assertEquals("Hòa giải viên ở cơ sở do ai bầu?", contents.get(mediator).text());
        assertEquals(List.of(), contents.get(land).numeric());
        assertEquals(1, store.current(List.of(land)).get(land).version());
    }

    private List<Long> ids(String query) {
        return t.items(t.api(trainer).get("/api/v1/banks/" + bank + "/questions?" + query).body()).stream()
                .map(m -> ((Number) m.get("id")).longValue()).toList();
    }
}

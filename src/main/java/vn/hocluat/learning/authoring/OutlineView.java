package vn.hocluat.learning.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outline page's model of modules with their lessons, with first/last flags for the up/down buttons. */
final class OutlineView {
    private OutlineView() {
    }

    static List<Map<String, Object>> modules(long courseId, OutlineEditor.Outline outline, Map<Long, String> renameErrors) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<ModuleRow> modules = outline.modules();
        for (int i = 0; i < modules.size(); i++) {
            ModuleRow m = modules.get(i);
            List<LessonRow> lessons = outline.lessons().stream().filter(l -> l.moduleId() == m.id()).toList();
            Map<String, Object> view = new HashMap<>();
            view.put("module", m);
            view.put("number", i + 1);
            view.put("first", i == 0);
            view.put("last", i == modules.size() - 1);
            view.put("empty", lessons.isEmpty());
            view.put("url", AuthorUrls.module(courseId, m.id()));
            view.put("newLesson", AuthorUrls.newLesson(courseId, m.id()));
            view.put("error", renameErrors.get(m.id()));
            List<Map<String, Object>> lessonViews = new ArrayList<>();
            for (int j = 0; j < lessons.size(); j++) {
                LessonRow l = lessons.get(j);
                lessonViews.add(Map.of("lesson", l, "first", j == 0, "last", j == lessons.size() - 1,
                        "url", AuthorUrls.lesson(courseId, l.id()), "edit", AuthorUrls.editLesson(courseId, l.id())));
            }
            view.put("lessons", lessonViews);
            out.add(view);
        }
        return out;
    }
}

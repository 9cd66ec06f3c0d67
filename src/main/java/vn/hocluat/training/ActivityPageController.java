package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.PublicUrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An activity's page: facts, participants with their attendance (one form), the roster picker, the QR check-in. */
@Hidden
@Controller(ActivityUrls.LIST + "/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivityPageController {
    private final Pages pages;
    private final ActivityService activities;
    private final ParticipantService participants;
    private final PublicUrl publicUrl;

    ActivityPageController(Pages pages, ActivityService activities, ParticipantService participants, PublicUrl publicUrl) {
        this.pages = pages;
        this.activities = activities;
        this.participants = participants;
        this.publicUrl = publicUrl;
    }

    /** The activity; {@code q} searches the roster of the organising unit's subtree for persons to add. */
    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String saved, @Nullable @QueryValue String added,
                         @Nullable @QueryValue String completed, @Nullable @QueryValue String uploaded) {
        CurrentUser user = ActivitiesController.user(request);
        ActivityView activity = activities.get(user, id);
        List<ParticipantRow> rows = participants.list(user, id);
        String query = Params.text(q);
        Map<String, Object> model = new HashMap<>();
        model.put("activity", activity);
        model.put("participants", rows);
        model.put("present", rows.stream().filter(p -> "PRESENT".equals(p.status())).count());
        model.put("completedCount", rows.stream().filter(ParticipantRow::completed).count());
        model.put("statuses", List.of("PRESENT", "ABSENT", "EXCUSED"));
        model.put("canWrite", user.author());
        model.put("saved", saved != null);
        model.put("added", Params.id(added, "added"));
        model.put("completedNow", Params.id(completed, "completed"));
        model.put("uploaded", Params.id(uploaded, "uploaded"));
        if (user.author()) {
            List<Long> ids = rows.stream().map(ParticipantRow::personId).toList();
            model.put("q", query);
            model.put("searched", !query.isBlank());
            model.put("matches", participants.roster(user, id, query).stream().filter(p -> !ids.contains(p.id())).toList());
        }
        if (activity.checkinCode() != null) {
            String url = publicUrl.base(request) + ActivityUrls.checkin(activity.checkinCode());
            model.put("checkinUrl", url);
            model.put("qr", QrSvg.of(url, pages.text(request, "activity.checkin.qrLabel")));
        }
        return pages.ok(request, "training/activity-show", model);
    }

    @Post(value = "/participants", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        List<Long> ids = new ArrayList<>();
        for (Object x : values(body.get("personId"))) {
            Long personId = Params.id(Params.text(x), "personId");
            if (personId != null) {
                ids.add(personId);
            }
        }
        int added = participants.add(ActivitiesController.user(request), id, ids);
        return Pages.seeOther(ActivityUrls.show(id) + "?added=" + added);
    }

    /** The whole attendance table: status_{personId} and, when ticked, completed_{personId}. */
    @Post(value = "/attendance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> attendance(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        Map<Long, ParticipantService.Attendance> attendance = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : body.entrySet()) {
            if (e.getKey().startsWith("status_")) {
                Long personId = Params.id(e.getKey().substring("status_".length()), e.getKey());
                String status = first(e.getValue());
                boolean completed = body.containsKey("completed_" + personId);
                attendance.put(personId, new ParticipantService.Attendance(status, completed));
            }
        }
        participants.setAttendance(ActivitiesController.user(request), id, attendance);
        return Pages.seeOther(ActivityUrls.show(id) + "?saved=1#participants");
    }

    @Post(value = "/complete-present", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> completePresent(HttpRequest<?> request, @PathVariable long id) {
        int n = participants.completePresent(ActivitiesController.user(request), id);
        return Pages.seeOther(ActivityUrls.show(id) + "?completed=" + n + "#participants");
    }

    @Post(value = "/participants/{personId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable long id, @PathVariable long personId) {
        participants.remove(ActivitiesController.user(request), id, personId);
        return Pages.seeOther(ActivityUrls.show(id) + "#participants");
    }

    @Post(value = "/checkin/open", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> openCheckin(HttpRequest<?> request, @PathVariable long id) {
        activities.openCheckin(ActivitiesController.user(request), id);
        return Pages.seeOther(ActivityUrls.show(id) + "#checkin");
    }

    @Post(value = "/checkin/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> closeCheckin(HttpRequest<?> request, @PathVariable long id) {
        activities.closeCheckin(ActivitiesController.user(request), id);
        return Pages.seeOther(ActivityUrls.show(id) + "#checkin");
    }

    private static List<Object> values(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Iterable<?> many) {
            many.forEach(out::add);
        } else if (v != null) {
            out.add(v);
        }
        return out;
    }

    private static String first(Object v) {
        List<Object> all = values(v);
        if (all.isEmpty()) {
            throw Problem.badRequest("error.badParameter", "status");
        }
        return Params.text(all.get(0));
    }
}

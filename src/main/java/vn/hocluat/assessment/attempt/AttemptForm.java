package vn.hocluat.assessment.attempt;

import vn.hocluat.assessment.Response;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an attempt form without looking at the attempt: c3 = chosen option positions of question 3
 * (radio or checkboxes), t3 = its typed answer, m3_1 = the right item chosen for its left item 1.
 * Questions without a field are unanswered.
 */
public final class AttemptForm {
    private static final Pattern FIELD = Pattern.compile("([ctm])(\\d{1,3})(?:_(\\d{1,3}))?");
    static final int MAX_QUESTIONS = 100;

    private AttemptForm() {
    }

    public static List<Response> responses(Map<String, Object> body) {
        Map<Integer, List<Integer>> chosen = new TreeMap<>();
        Map<Integer, String> texts = new TreeMap<>();
        Map<Integer, TreeMap<Integer, Integer>> matches = new TreeMap<>();
        int count = 0;
        for (Map.Entry<String, Object> e : body.entrySet()) {
            Matcher m = FIELD.matcher(e.getKey());
            if (!m.matches() || Integer.parseInt(m.group(2)) >= MAX_QUESTIONS) {
                continue;
            }
            int q = Integer.parseInt(m.group(2));
            List<String> values = values(e.getValue());
            switch (m.group(1)) {
                case "c" -> chosen.put(q, values.stream().filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf).toList());
                case "t" -> texts.put(q, values.isEmpty() ? "" : values.get(0));
                default -> {
                    if (m.group(3) != null && !values.isEmpty() && values.get(0).matches("\\d{1,3}")) {
                        matches.computeIfAbsent(q, k -> new TreeMap<>()).put(Integer.parseInt(m.group(3)), Integer.valueOf(values.get(0)));
                    }
                }
            }
            count = Math.max(count, q + 1);
        }
        List<Response> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            TreeMap<Integer, Integer> ms = matches.get(q);
            List<Integer> matchList = null;
            if (ms != null) {
                Integer[] arr = new Integer[ms.lastKey() + 1];
                ms.forEach((left, right) -> arr[left] = right);
                matchList = Arrays.asList(arr);
            }
            String text = texts.get(q);
            out.add(new Response(chosen.get(q), text == null || text.isBlank() ? null : text, matchList));
        }
        return out;
    }

    private static List<String> values(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(v.toString());
    }
}

package vn.hocluat.assessment.bank;

import java.util.List;

/** API bodies of one question of each type with every optional part filled, and GIFT's special characters in the text. */
final class RoundTripQuestions {
    static final List<String> ALL = List.of("""
            {"category":"Luật Hòa giải/Chung","difficulty":"EASY","tags":["tuần 1","hòa giải"],"content":{"type":"SINGLE",
             "title":"Số hiệu {luật}","text":"Luật số **35/2013/QH13** = ~ # : có tên là gì?\\nDòng hai","format":"MARKDOWN",
             "choices":[{"text":"Luật Hòa giải ở cơ sở","weight":100,"feedback":"Đúng: Điều 1"},
                        {"text":"Luật Phổ biến, giáo dục pháp luật","weight":-25,"feedback":"Chưa đúng"},
                        {"text":"Luật Đất đai","weight":0}],"generalFeedback":"Xem Luật số 35/2013/QH13"}}""", """
            {"category":"Luật Hòa giải/Chung","difficulty":"MEDIUM","content":{"type":"MULTIPLE","text":"Chọn các nguyên tắc hòa giải",
             "format":"HTML","choices":[{"text":"<b>Tự nguyện</b>","weight":50},{"text":"Bình đẳng","weight":50},
             {"text":"Bắt buộc","weight":-100,"feedback":"Hòa giải không bắt buộc"}]}}""", """
            {"category":"Luật Hòa giải/Thủ tục","difficulty":"HARD","tags":["đúng sai"],"content":{"type":"TRUE_FALSE",
             "text":"Hòa giải viên được nhận thù lao theo vụ việc.","format":"PLAIN",
             "choices":[{"text":"true","weight":100,"feedback":"Đúng"},{"text":"false","weight":0,"feedback":"Xem Điều 14"}]}}""", """
            {"content":{"type":"SHORT_ANSWER","text":"Cơ quan nào quản lý nhà nước về hòa giải ở cơ sở?","format":"MARKDOWN",
             "choices":[{"text":"Bộ Tư pháp","weight":100},{"text":"Chính phủ","weight":50,"feedback":"Gần đúng"}],"exactMatch":true}}""", """
            {"category":"Số liệu","content":{"type":"NUMERICAL","text":"Tổ hòa giải có tối thiểu mấy thành viên?","format":"MARKDOWN",
             "numeric":[{"min":3,"max":3,"weight":100},{"min":2.5,"max":3.5,"weight":50,"feedback":"Gần đúng"}]}}""", """
            {"category":"Số liệu","content":{"type":"MATCHING","text":"Ghép điều luật với nội dung","format":"MARKDOWN",
             "pairs":[{"left":"Điều 7","right":"Tiêu chuẩn hòa giải viên"},{"left":"Điều 12","right":"Tổ hòa giải"},
                      {"left":"Điều 16","right":"Tổ trưởng tổ hòa giải"}],"generalFeedback":"Luật Hòa giải ở cơ sở 2013"}}""");

    private RoundTripQuestions() {
    }
}

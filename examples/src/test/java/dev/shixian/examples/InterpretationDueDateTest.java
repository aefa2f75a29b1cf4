package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.holidays.cn.ChinaCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterpretationDueDateTest {

    @Test
    void goldenFor20210930() {
        assertThat(InterpretationDueDate.explain(ChinaCalendar.official(), LocalDate.of(2021, 9, 30), 3))
                .containsExactly(
                        "Policy interpretation (政策解读) of a document issued Thu 2021-09-30: due within 3 working days"
                                + " after issuance (印发后3个工作日内).",
                        "The day of issuance is not counted (民法典第二百零一条); calendar CN[2004-01-01..2026-12-31].",
                        "  Thu 2021-09-30  issued (day 0, not counted)",
                        "  Fri 2021-10-01  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Sat 2021-10-02  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Sun 2021-10-03  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Mon 2021-10-04  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Tue 2021-10-05  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Wed 2021-10-06  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Thu 2021-10-07  skipped: holiday 国庆节 (放假, 国办发明电〔2020〕27号)",
                        "  Fri 2021-10-08  working day 1",
                        "  Sat 2021-10-09  working day 2 (adjusted working day 调休上班 for 国庆节, 国办发明电〔2020〕27号)",
                        "  Sun 2021-10-10  skipped: rest day (周休息日)",
                        "  Mon 2021-10-11  working day 3",
                        "Due: Mon 2021-10-11 (截止日期 2021-10-11)",
                        "Deadline '3 working days after issuance' (印发后3个工作日内):",
                        "  issued Thu 2021-09-30 (day 0, not counted) → 1 Fri 10-08 → 2 Sat 10-09 (adjusted working day,"
                                + " 国庆节) → 3 Mon 10-11: due 2021-10-11",
                        "  印发 2021-09-30 周四（当日不计入）→ 第1个工作日 10-08 周五 → 第2个工作日 10-09 周六（调休上班，国庆节）"
                                + "→ 第3个工作日 10-11 周一：截止 2021-10-11");
    }

    @Test
    void semanticsExample3AcrossSpringFestival() {
        assertThat(InterpretationDueDate.explain(ChinaCalendar.official(), LocalDate.of(2025, 1, 24), 3))
                .contains("Due: Wed 2025-02-05 (截止日期 2025-02-05)");
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertThatThrownBy(() -> InterpretationDueDate.explain(ChinaCalendar.official(), LocalDate.of(2021, 9, 30), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}

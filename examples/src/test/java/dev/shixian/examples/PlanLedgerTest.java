package dev.shixian.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.holidays.cn.ChinaCalendar;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLedgerTest {

    @Test
    void xingyiLedger() {
        List<String> lines = PlanLedger.ledger(PlanLedger.load("xingyi-2021"), ChinaCalendar.official());
        assertThat(lines.get(0)).isEqualTo("兴义市2021年政务公开工作要点 — window 2021-06-24 to 2021-12-31, 33 tasks");
        assertThat(lines).contains("7 | 市财政局 | 每季度一次 → quarterly | due 2021-06-30, 2021-09-30, 2021-12-31",
                "3 | 市政务服务中心、市投资促进局 | 长期 → ongoing | no fixed due date",
                "9 | 市卫生健康局 | 不定期公开 → per event | no fixed due date");
        assertThat(lines.get(1)).endsWith("最新规划: needs the date of formation (DeadlineContext.withEvent or "
                + "withTrigger); 历史规划: due 2021-09-30");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("warning $.tasks[0].deadline (task \"1\"): read leniently"));
    }

    @Test
    void guizhou2020Ledger() {
        List<String> lines = PlanLedger.ledger(PlanLedger.load("guizhou-2020"), ChinaCalendar.official());
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("12.2 | ")
                .endsWith("| 本要点正式印发后的20个工作日内 → 20 working days after issuance, subject \"本要点\""
                        + " | due 2020-05-09"));
    }

    @Test
    void unknownPlan() {
        assertThatThrownBy(() -> PlanLedger.load("nowhere-2021"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere-2021");
    }
}

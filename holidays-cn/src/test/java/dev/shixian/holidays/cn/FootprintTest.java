package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/** The whole 2004–2026 calendar, with its notices, fits in under 64 KiB of heap (JOL's reachable-object walk). */
class FootprintTest {

    @Test
    void officialCalendarUnder64KiB() {
        GraphLayout layout = GraphLayout.parseInstance(ChinaCalendar.official());
        assertThat(layout.totalSize()).isLessThan(64 * 1024);
        // far fewer objects than days: masks per month, not objects per date
        assertThat(layout.totalCount()).isLessThan(1000);
    }
}

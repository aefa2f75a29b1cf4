package dev.shixian.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The module runs on the module path: its own classes are in the named module {@code dev.shixian.export}, which
 * reads jackson-dataformat-csv (an explicit module) and biweekly (an automatic module with a stable
 * Automatic-Module-Name).
 */
class ModulePathTest {

    @Test
    void theModulesAreNamed() {
        Module export = LedgerCsv.class.getModule();
        assertThat(export.getName()).isEqualTo("dev.shixian.export");
        assertThat(export.getDescriptor().exports()).extracting(e -> e.source()).containsExactly("dev.shixian.export");
        assertThat(com.fasterxml.jackson.dataformat.csv.CsvMapper.class.getModule().getName())
                .isEqualTo("com.fasterxml.jackson.dataformat.csv");
        assertThat(biweekly.ICalendar.class.getModule().getName()).isEqualTo("net.sf.biweekly");
        assertThat(export.canRead(biweekly.ICalendar.class.getModule())).isTrue();
        assertThat(export.canRead(dev.shixian.schedule.Ledger.class.getModule())).isTrue();
    }
}

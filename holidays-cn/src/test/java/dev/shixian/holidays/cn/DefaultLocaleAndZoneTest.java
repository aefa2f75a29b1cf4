package dev.shixian.holidays.cn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.deadline.Deadline;
import dev.shixian.deadline.DeadlineContext;
import dev.shixian.deadline.Due;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Printing, parsing and resolving deadlines give the same text under every default locale and time zone, including
 * locales whose digits are not ASCII (Arabic-Indic, Thai) and the zones at both ends of the day.
 */
class DefaultLocaleAndZoneTest {

    private static final List<String> PHRASES = List.of("印发后3个工作日内", "2021年11月15日前", "11月15日前", "6月底",
            "每年1、4、7、10月8日之前", "每年1月31日前", "二季度末", "形成或变更之日起20日内", "每2个月不少于1篇", "长期");

    private static String render() {
        DeadlineContext ctx = DeadlineContext.of(ChinaCalendar.official()).withYear(Year.of(2021))
                .withTrigger(LocalDate.of(2021, 9, 30));
        StringBuilder sb = new StringBuilder();
        for (String phrase : PHRASES) {
            Deadline d = Deadline.parse(phrase);
            sb.append(d).append('|').append(d.toChinese()).append('|').append(Deadline.parse(d.toString()))
                    .append('\n');
            for (Due due : d.resolve(ctx)) {
                sb.append(due.dueDate()).append(' ').append(due.explanation().toEnglish()).append(' ')
                        .append(due.explanation().toChinese()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void sameTextUnderEveryDefaultLocaleAndZone() {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String reference = render();
            assertThat(reference).contains("by 11-15").contains("2021-10-11").contains("by end of Q2")
                    .matches("(?s)[\\p{ASCII}\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}"
                            + "\\p{InHalfwidthAndFullwidthForms}→—（），：；]*");
            for (String tag : List.of("en-US", "ar-EG", "th-TH-u-nu-thai", "zh-CN", "tr-TR", "hi-IN-u-nu-deva")) {
                for (String zone : List.of("Etc/GMT+12", "UTC", "Asia/Shanghai", "Etc/GMT-14")) {
                    Locale.setDefault(Locale.forLanguageTag(tag));
                    TimeZone.setDefault(TimeZone.getTimeZone(zone));
                    assertThat(render()).as("under %s, %s", tag, zone).isEqualTo(reference);
                }
            }
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }
}

package dev.shixian.holidays.cn.internal;

import dev.shixian.holidays.cn.NoticeDay;
import dev.shixian.holidays.cn.internal.FestivalTable.FestivalDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory holidays (法定节假日) that 《全国年节及纪念日放假办法》 fixes for a year, without the 调休 that only
 * a State Council notice can arrange.
 *
 * <table>
 * <caption>Versions of the rules</caption>
 * <tr><th>years</th><th>元旦</th><th>春节</th><th>清明</th><th>劳动节</th><th>端午</th><th>中秋</th><th>国庆</th></tr>
 * <tr><td>before 2008</td><td>1</td><td>初一–初三</td><td>–</td><td>05-01..03</td><td>–</td><td>–</td>
 *     <td>10-01..03</td></tr>
 * <tr><td>2008–2013 (国务院令第513号)</td><td>1</td><td>除夕、初一、初二</td><td>1</td><td>05-01</td><td>1</td>
 *     <td>1</td><td>10-01..03</td></tr>
 * <tr><td>2014–2024 (国务院令第644号)</td><td>1</td><td>初一–初三</td><td>1</td><td>05-01</td><td>1</td><td>1</td>
 *     <td>10-01..03</td></tr>
 * <tr><td>from 2025 (2024-11-10 决定)</td><td>1</td><td>除夕、初一–初三</td><td>1</td><td>05-01..02</td><td>1</td>
 *     <td>1</td><td>10-01..03</td></tr>
 * </table>
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /**
     * The statutory days off of a year. Example: 2027 gives 元旦 01-01, 春节 02-05..02-08 (除夕–初三), 清明 04-05,
     * 劳动节 05-01..02, 端午 06-09, 中秋 09-15, 国庆 10-01..03.
     *
     * @param year  the year
     * @param festivals  that year's festival dates, not null
     * @return the days off in date order, not null; a day that two holidays share carries both names
     */
    public static List<NoticeDay> daysOff(int year, FestivalDates festivals) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        add(days, LocalDate.of(year, 1, 1), 1, "元旦");
        LocalDate chuyi = festivals.springFestival();
        if (year < 2008 || (year >= 2014 && year < 2025)) {
            add(days, chuyi, 3, "春节");
        } else if (year < 2014) {
            add(days, chuyi.minusDays(1), 3, "春节");
        } else {
            add(days, chuyi.minusDays(1), 4, "春节");
        }
        if (year >= 2008) {
            add(days, festivals.qingming(), 1, "清明节");
        }
        add(days, LocalDate.of(year, 5, 1), year < 2008 ? 3 : year < 2025 ? 1 : 2, "劳动节");
        if (year >= 2008) {
            add(days, festivals.dragonBoat(), 1, "端午节");
            add(days, festivals.midAutumn(), 1, "中秋节");
        }
        add(days, LocalDate.of(year, 10, 1), 3, "国庆节");
        List<NoticeDay> result = new ArrayList<>();
        days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new NoticeDay(e.getKey(), true, e.getValue())));
        return result;
    }

    private static void add(Map<LocalDate, String> days, LocalDate start, int count, String name) {
        for (int i = 0; i < count; i++) {
            days.merge(start.plusDays(i), name, (a, b) -> a + "、" + b);
        }
    }
}

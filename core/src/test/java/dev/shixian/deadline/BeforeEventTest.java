package dev.shixian.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shixian.calendar.CalendarCoverageException;
import dev.shixian.calendar.WorkingCalendar;
import dev.shixian.deadline.AfterEvent.Counting;
import dev.shixian.plan.Plan;
import dev.shixian.plan.Task;
import dev.shixian.plan.Unit;
import dev.shixian.schedule.DueStatus;
import dev.shixian.schedule.Obligation;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Schedule;
import dev.shixian.schedule.Scheduler;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Time limits before an event (事前期限, docs/RULES.md §2.7): reading both canonical forms and real phrases, the
 * values' limits, and resolution on the official calendar (the {@link TestCalendars} fixture).
 *
 * <p>The 2024 days used, from 国办发明电〔2023〕7号: 国庆节 2024-10-01..10-07 off, Sun 09-29 and Sat 10-12 adjusted
 * working days; 中秋节 09-15..09-17 off, Sat 09-14 adjusted; 劳动节 05-01..05-05 off, Sun 04-28 and Sat 05-11
 * adjusted; 清明节 04-04..04-06 off, Sun 04-07 adjusted; 端午节 06-10 off; 春节 02-10..02-17 off, Sun 02-04 and
 * Sun 02-18 adjusted. Every due date below was counted by hand from these days, never with the calendar's own
 * arithmetic.
 */
class BeforeEventTest {

    private static final WorkingCalendar CAL = TestCalendars.china();

    private static DeadlineContext at(Event event, LocalDate date) {
        return DeadlineContext.of(CAL).withEvent(event, date);
    }

    /** Reads a phrase, checks it is the deadline, and that both canonical forms read back to it. */
    private static Deadline read(String phrase, Deadline expected, String english, String chinese) {
        Deadline d = Deadline.parse(phrase);
        assertThat(d).as(phrase).isEqualTo(expected);
        assertThat(d.toString()).isEqualTo(english);
        assertThat(d.toChinese()).isEqualTo(chinese);
        assertThat(Deadline.parse(d.toString())).isEqualTo(d);
        assertThat(Deadline.parse(d.toChinese())).isEqualTo(d);
        return d;
    }

    private static Due due(Deadline d, DeadlineContext ctx) {
        List<Due> dues = d.resolve(ctx);
        assertThat(dues).hasSize(1);
        return dues.get(0);
    }

    // ------------------------------------------------------------------ docs/RULES.md §8 rows 29 and 30

    @Test
    void row29FiveDaysBeforeAMeetingMovesBackOverTheNationalDayHolidays() {
        Deadline d = read("会议召开前5日报送", Annotated.withAction(BeforeEvent.of(5, Counting.DAYS, Event.MEETING), "报送"),
                "5 days before meeting, action \"报送\"", "会议召开前5日报送");
        // Tue 10-08 - 5 days = Thu 10-03, a 国庆节 holiday; 10-02 and 10-01 too; back to Mon 09-30
        Due due = due(d, at(Event.MEETING, LocalDate.of(2024, 10, 8)));
        assertThat(due.dueDate()).isEqualTo("2024-09-30");
        assertThat(due.period()).isEmpty();
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.isSettled()).isTrue();
        assertThat(due.explanation().toEnglish()).contains("meeting held Tue 2024-10-08 (day 0, not counted)",
                "-5 days = Thu 10-03 (holiday, 国庆节)", "moved back to the previous working day Mon 09-30 "
                + "(10-01..10-03 are not working days; policy rollBackBeforeEvent)", "due 2024-09-30");
        assertThat(due.explanation().toChinese()).contains("会议召开 2024-10-08 周二（当日不计入）",
                "减5日为 10-03 周四（节假日，国庆节）", "前移至前一个工作日 09-30 周一（10-01至10-03非工作日；政策 "
                + "rollBackBeforeEvent）", "截止 2024-09-30");
    }

    @Test
    void row30ThreeWorkingDaysBeforeCountsTheAdjustedSunday() {
        // the rule book's 前3个工作日, before a meeting; bare 前N个工作日 is not read (每月前3个工作日 names the first
        // working days of a month), 提前3个工作日 is
        Deadline d = read("会议召开前3个工作日", BeforeEvent.of(3, Counting.WORKING_DAYS, Event.MEETING),
                "3 working days before meeting", "会议召开前3个工作日");
        Due due = due(d, at(Event.MEETING, LocalDate.of(2024, 10, 8)));
        // back from Tue 10-08: 国庆 10-07..10-01 skipped, Mon 09-30, adjusted Sun 09-29, (Sat 09-28 off), Fri 09-27
        assertThat(due.dueDate()).isEqualTo("2024-09-27");
        assertThat(due.explanation().toEnglish()).contains("meeting held Tue 2024-10-08 (day 0, not counted)",
                "-1 Mon 09-30", "-2 Sun 09-29 (adjusted working day, 国庆节)", "-3 Fri 09-27", "due 2024-09-27");
        assertThat(due.explanation().toChinese()).contains("前第2个工作日 09-29 周日（调休上班，国庆节）");
        // no event named: the trigger is the event (policy contextTrigger)
        Deadline trigger = read("提前3个工作日", BeforeEvent.of(3, Counting.WORKING_DAYS), "3 working days before",
                "提前3个工作日");
        Due fromTrigger = due(trigger, DeadlineContext.of(CAL).withTrigger(LocalDate.of(2024, 10, 8)));
        assertThat(fromTrigger.dueDate()).isEqualTo("2024-09-27");
        assertThat(fromTrigger.explanation().toEnglish()).contains("event Tue 2024-10-08 (day 0, not counted)");
    }

    // ------------------------------------------------------------------ real phrases

    @Test
    void permitExpiryThirtyDaysBefore() {
        // 行政许可法第五十条: 应当在该行政许可有效期届满三十日前向作出行政许可决定的行政机关提出申请; also
        // 出境入境管理法 (quoted at http://zaabamansor.com/newsshow-37-1254-1.html): 居留证件有效期限届满三十日前
        Deadline expected = BeforeEvent.of(30, Counting.DAYS, Event.EXPIRY);
        // the subject before the event is kept (docs/RULES.md §2.10)
        read("在该行政许可有效期届满三十日前", Annotated.withSubject(expected, "该行政许可有效期"),
                "30 days before expiry, subject \"该行政许可有效期\"", "该行政许可有效期届满前30日");
        read("有效期限届满三十日前", Annotated.withSubject(expected, "有效期限"),
                "30 days before expiry, subject \"有效期限\"", "有效期限届满前30日");
        read("有效期届满前30日", Annotated.withSubject(expected, "有效期"), "30 days before expiry, subject \"有效期\"",
                "有效期届满前30日");
        read("到期前30日", expected, "30 days before expiry", "届满前30日");
        // Fri 2024-05-31 - 30 days = Wed 05-01, 劳动节 05-01..05-05; back to Tue 04-30
        assertThat(due(expected, at(Event.EXPIRY, LocalDate.of(2024, 5, 31))).dueDate()).isEqualTo("2024-04-30");
    }

    @Test
    void expiryInWorkingDays() {
        read("有效期届满前30个工作日", Annotated.withSubject(BeforeEvent.of(30, Counting.WORKING_DAYS, Event.EXPIRY),
                "有效期"), "30 working days before expiry, subject \"有效期\"", "有效期届满前30个工作日");
        read("期满前5个工作日", BeforeEvent.of(5, Counting.WORKING_DAYS, Event.EXPIRY),
                "5 working days before expiry", "届满前5个工作日");
    }

    @Test
    void hearingFifteenDaysBefore() {
        // https://lawfaq.cn/law/17-1530-3.html (重大行政决策程序规定 第十八条): 听证会举行15日前，应当公布听证会举行的
        // 时间、地点、内容和听证代表名单
        Deadline d = read("听证会举行15日前", Annotated.withSubject(BeforeEvent.of(15, Counting.DAYS, Event.MEETING),
                "听证会"), "15 days before meeting, subject \"听证会\"", "“听证会”会议召开前15日");
        // Mon 2024-02-26 - 15 days = Sun 02-11, 春节 02-10..02-17; 02-10 too; back to Fri 02-09
        assertThat(due(d, at(Event.MEETING, LocalDate.of(2024, 2, 26))).dueDate()).isEqualTo("2024-02-09");
        // http://www.fsou.com.cn/html/text/lar/171508/17150880_2.html: 听证举行10日前，应当告知听证代表
        // http://www.fymate.net/html/text/lar/173585/17358527_3.html: 应当至少在听证会举行前5日送达听证代表;
        // 应当至少提前10日公布听证会举行时间
        read("至少在听证会举行前5日", Annotated.withSubject(BeforeEvent.of(5, Counting.DAYS, Event.MEETING), "听证会"),
                "5 days before meeting, subject \"听证会\"", "“听证会”会议召开前5日");
        read("至少在听证会举行10日前", Annotated.withSubject(BeforeEvent.of(10, Counting.DAYS, Event.MEETING), "听证会"),
                "10 days before meeting, subject \"听证会\"", "“听证会”会议召开前10日");
        Deadline atLeast = read("至少提前10日公布", Annotated.withAction(BeforeEvent.of(10, Counting.DAYS), "公布"),
                "10 days before, action \"公布\"", "提前10日公布");
        ParseResult should = Deadline.parseLenient("应当至少提前10日公布");
        assertThat(should.deadline()).isEqualTo(atLeast);
        IgnoredSpans.areAt("应当至少提前10日公布", should.ignored(), List.of("应当"));
        // Fri 2024-10-18 - 10 days = Tue 10-08, a working day
        assertThat(due(atLeast, DeadlineContext.of(CAL).withTrigger(LocalDate.of(2024, 10, 18))).dueDate())
                .isEqualTo("2024-10-08");
    }

    @Test
    void executiveMeetingTwoWorkingDaysBefore() {
        // http://ask.fsou.com/html/text/lar/174167/17416710_2.html (市人民政府常务会议规则 第九条): 在每次常务会议召开2个
        // 工作日之前，提出常务会议议程
        Deadline d = read("在常务会议召开2个工作日之前", Annotated.withSubject(BeforeEvent.of(2, Counting.WORKING_DAYS,
                Event.MEETING), "常务会议"), "2 working days before meeting, subject \"常务会议\"", "常务会议会议召开前2个工作日");
        // back from Mon 2024-04-08: adjusted Sun 04-07 (1), 清明 04-06..04-04 skipped, Wed 04-03 (2)
        assertThat(due(d, at(Event.MEETING, LocalDate.of(2024, 4, 8))).dueDate()).isEqualTo("2024-04-03");
        // http://www.fymate.net/html/text/lar/168999/16899957_2.html: 于会议召开前一个星期送秘书长审核 (a week: 7 days)
        ParseResult week = Deadline.parseLenient("于会议召开前一个星期送秘书长审核");
        assertThat(week.deadline()).isEqualTo(BeforeEvent.of(7, Counting.DAYS, Event.MEETING));
        assertThat(week.deadline().toChinese()).isEqualTo("会议召开前7日");
        // Mon 2024-10-14 - 7 days = Mon 10-07, a 国庆节 holiday; back over 10-07..10-01 to Mon 09-30
        assertThat(due(week.deadline(), at(Event.MEETING, LocalDate.of(2024, 10, 14))).dueDate())
                .isEqualTo("2024-09-30");
        // the same site, 174167/17416710_2.html: 办公厅于会议召开前1天通知参会人员
        ParseResult day = Deadline.parseLenient("办公厅于会议召开前1天通知参会人员");
        assertThat(day.deadline()).isEqualTo(BeforeEvent.of(1, Counting.DAYS, Event.MEETING));
        assertThat(day.ignored()).isNotEmpty();
    }

    @Test
    void announcementInAdvanceCountsFromTheTrigger() {
        Deadline d = read("提前15天发布公告", Annotated.withAction(BeforeEvent.of(15, Counting.DAYS), "发布公告"),
                "15 days before, action \"发布公告\"", "提前15日发布公告");
        // Tue 2024-06-25 - 15 days = Mon 06-10, 端午节; Sun 06-09 and Sat 06-08 rest days; back to Fri 06-07
        Due due = due(d, DeadlineContext.of(CAL).withTrigger(LocalDate.of(2024, 6, 25)));
        assertThat(due.dueDate()).isEqualTo("2024-06-07");
        assertThat(due.explanation().toEnglish()).contains("(06-08..06-10 are not working days;");
        read("至少提前3个工作日", BeforeEvent.of(3, Counting.WORKING_DAYS), "3 working days before", "提前3个工作日");
    }

    @Test
    void trailingActionsLabelsAndPartsWorkAsForTheOtherKinds() {
        Deadline fiveDays = BeforeEvent.of(5, Counting.DAYS, Event.MEETING);
        assertThat(Deadline.parse("会议召开前5日报送县政务公开办")).isEqualTo(Annotated.withAction(fiveDays, "报送县政务公开办"));
        assertThat(Deadline.parse("于会议召开前5日")).isEqualTo(fiveDays);
        assertThat(Deadline.parse("会议召开前的5日")).isEqualTo(fiveDays);
        assertThat(Deadline.parse("会议召开5日前")).isEqualTo(fiveDays);
        assertThat(Deadline.parse("届满之日前30日")).isEqualTo(BeforeEvent.of(30, Counting.DAYS, Event.EXPIRY));
        read("议题材料：会议召开前3个工作日", new Labelled("议题材料", BeforeEvent.of(3, Counting.WORKING_DAYS,
                Event.MEETING)), "label \"议题材料\": 3 working days before meeting", "议题材料：会议召开前3个工作日");
        read("会议召开前5日；印发后3个工作日内", Multiple.of(List.of(fiveDays, AfterEvent.of(3, Counting.WORKING_DAYS,
                Event.ISSUANCE))), "5 days before meeting; 3 working days after issuance", "会议召开前5日；印发后3个工作日内");
        // the new events count after them too
        read("公示期满后5个工作日内", Annotated.withSubject(AfterEvent.of(5, Counting.WORKING_DAYS, Event.EXPIRY),
                "公示期"), "5 working days after expiry, subject \"公示期\"", "公示期届满之日起5个工作日内");
        // 会前 is before the meeting; 会议 before 举行 is the meeting itself, not a subject
        assertThat(Deadline.parse("会前3天")).isEqualTo(BeforeEvent.of(3, Counting.DAYS, Event.MEETING));
        assertThat(Deadline.parse("会议举行前7个工作日")).isEqualTo(BeforeEvent.of(7, Counting.WORKING_DAYS,
                Event.MEETING));
        assertThat(Deadline.parse("有效期满前30日")).isEqualTo(Annotated.withSubject(BeforeEvent.of(30, Counting.DAYS,
                Event.EXPIRY), "有效期"));
    }

    // ------------------------------------------------------------------ windows

    @Test
    void aWindowInWorkingDaysIsTheDuesPeriod() {
        Deadline d = read("届满前10个工作日至3个工作日期间",
                BeforeEvent.of(3, Counting.WORKING_DAYS, Event.EXPIRY).withWindowOpening(10),
                "between 10 and 3 working days before expiry", "届满前10个工作日至3个工作日期间");
        assertThat(Deadline.parse("届满前10至3个工作日")).isEqualTo(d);
        // back from Mon 2024-10-14: adjusted Sat 10-12 (1), Fri 10-11 (2), Thu 10-10 (3: due); Wed 10-09 (4),
        // Tue 10-08 (5), 国庆 10-07..10-01 skipped, Mon 09-30 (6), adjusted Sun 09-29 (7), Fri 09-27 (8),
        // Thu 09-26 (9), Wed 09-25 (10: the window opens)
        Due due = due(d, at(Event.EXPIRY, LocalDate.of(2024, 10, 14)));
        assertThat(due.dueDate()).isEqualTo("2024-10-10");
        assertThat(due.period()).contains(LocalDateRange.ofClosed(LocalDate.of(2024, 9, 25),
                LocalDate.of(2024, 10, 10)));
        assertThat(due.explanation().toEnglish()).contains("window opens 10 working days before:",
                "skipping 国庆节 10-01..10-07", "counting adjusted working day Sun 09-29", "-10 Wed 09-25",
                "window closes (due) 3 working days before:", "-3 Thu 10-10",
                "due 2024-10-10, window 2024-09-25..2024-10-10");
        assertThat(due.explanation().toChinese()).contains("跳过国庆节 10-01至10-07", "截止 2024-10-10，期间 2024-09-25至2024-10-10");
    }

    @Test
    void aWindowInDaysMovesBothEndsBack() {
        Deadline d = read("会议召开前10日至5日", BeforeEvent.of(5, Counting.DAYS, Event.MEETING).withWindowOpening(10),
                "between 10 and 5 days before meeting", "会议召开前10日至5日期间");
        // Tue 2024-10-08: - 10 days = Sat 09-28, a rest day, opens Fri 09-27; - 5 days = Thu 10-03, closes Mon 09-30
        Due due = due(d, at(Event.MEETING, LocalDate.of(2024, 10, 8)));
        assertThat(due.dueDate()).isEqualTo("2024-09-30");
        assertThat(due.period()).contains(LocalDateRange.ofClosed(LocalDate.of(2024, 9, 27),
                LocalDate.of(2024, 9, 30)));
        read("提前30日至15日", BeforeEvent.of(15, Counting.DAYS).withWindowOpening(30), "between 30 and 15 days before",
                "提前30日至15日期间");
    }

    // ------------------------------------------------------------------ months, weeks, events

    @Test
    void monthsBeforeTakeTheMonthEndAndMoveBack() {
        Deadline d = read("届满前1个月", BeforeEvent.of(1, Counting.MONTHS, Event.EXPIRY), "1 month before expiry",
                "届满前1个月");
        // 2024-03-31 - 1 month: February has no 31st, its last day Thu 02-29 (working)
        Due clamped = due(d, at(Event.EXPIRY, LocalDate.of(2024, 3, 31)));
        assertThat(clamped.dueDate()).isEqualTo("2024-02-29");
        assertThat(clamped.explanation().toEnglish()).contains("no 02-31: last day of the month");
        // Sat 2024-11-02 - 1 month = Wed 10-02, 国庆节; back to Mon 09-30
        assertThat(due(d, at(Event.EXPIRY, LocalDate.of(2024, 11, 2))).dueDate()).isEqualTo("2024-09-30");
        read("届满前1年", BeforeEvent.of(1, Counting.YEARS, Event.EXPIRY), "1 year before expiry", "届满前1年");
        // Mon 2025-03-03 - 1 year = Sun 2024-03-03, a rest day; back to Fri 2024-03-01
        assertThat(due(Deadline.parse("届满前1年"), at(Event.EXPIRY, LocalDate.of(2025, 3, 3))).dueDate())
                .isEqualTo("2024-03-01");
    }

    @Test
    void weeksAreSevenDays() {
        read("会议召开前2周", BeforeEvent.of(14, Counting.DAYS, Event.MEETING), "14 days before meeting",
                "会议召开前14日");
    }

    @Test
    void aQuotedEventAndAnHourOnTheDay() {
        // 拟“飞行”前1日12时前: a custom event, quoted; 拟 (planned) before it; 12时 is on the day itself
        Deadline d = read("拟“飞行”前1日12时前", BeforeEvent.of(1, Counting.DAYS, Event.of("飞行")),
                "1 day before \"飞行\"", "“飞行”前1日");
        read("3 working days before \"飞行\"", BeforeEvent.of(3, Counting.WORKING_DAYS, Event.of("飞行")),
                "3 working days before \"飞行\"", "“飞行”前3个工作日");
        // Mon 2024-09-30 - 1 day = Sun 09-29, an adjusted working day: due that day
        assertThat(due(d, at(Event.of("飞行"), LocalDate.of(2024, 9, 30))).dueDate()).isEqualTo("2024-09-29");
    }

    @Test
    void severalEventsCountFromTheLatest() {
        Deadline d = read("会议召开或届满前5日", BeforeEvent.of(5, Counting.DAYS, Event.MEETING, Event.EXPIRY),
                "5 days before meeting or expiry", "会议召开或届满前5日");
        DeadlineContext ctx = at(Event.MEETING, LocalDate.of(2024, 10, 8)).withEvent(Event.EXPIRY,
                LocalDate.of(2024, 6, 25));
        assertThat(due(d, ctx).dueDate()).isEqualTo("2024-09-30");
    }

    @Test
    void calendarDaysAsWorkingDaysAppliesBeforeAnEvent() {
        DeadlineContext ctx = at(Event.MEETING, LocalDate.of(2024, 10, 8))
                .withPolicy(DeadlinePolicy.builder().calendarDaysAsWorkingDays(true).build());
        // 5 working days back from Tue 10-08: Mon 09-30, adjusted Sun 09-29, Fri 09-27, Thu 09-26, Wed 09-25
        Due due = due(Deadline.parse("会议召开前5日"), ctx);
        assertThat(due.dueDate()).isEqualTo("2024-09-25");
        assertThat(due.explanation().toEnglish()).contains("policy: 日 counted as working days");
    }

    @Test
    void undatedEventsAwaitTheEvent() {
        List<PartResolution> parts = Deadline.parse("会议召开前5日").resolveParts(DeadlineContext.of(CAL));
        assertThat(parts.get(0).outcome()).isEqualTo(PartResolution.Outcome.AWAITING_EVENTS);
        assertThatThrownBy(() -> Deadline.parse("会议召开前5日").resolve(DeadlineContext.of(CAL)))
                .isInstanceOf(DeadlineResolutionException.class).hasMessageContaining("meeting");
    }

    // ------------------------------------------------------------------ coverage and flags

    @Test
    void daysOutsideTheCalendarAreRefused() {
        // the fixture starts on 2020-01-01: counting back from Fri 2020-01-03 needs 2019
        assertThatThrownBy(() -> BeforeEvent.of(5, Counting.WORKING_DAYS, Event.MEETING)
                .resolve(at(Event.MEETING, LocalDate.of(2020, 1, 3)))).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> BeforeEvent.of(1, Counting.MONTHS, Event.MEETING)
                .resolve(at(Event.MEETING, LocalDate.of(2020, 1, 15)))).isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2019-12-15");
        // a window whose due date is inside but whose opening is not
        assertThatThrownBy(() -> BeforeEvent.of(1, Counting.DAYS, Event.MEETING).withWindowOpening(30)
                .resolve(at(Event.MEETING, LocalDate.of(2020, 1, 20)))).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> BeforeEvent.of(1, Counting.DAYS, Event.MEETING)
                .resolve(at(Event.MEETING, LocalDate.MIN))).isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void provisionalAndUnsettledDaysAreFlagged() {
        // 2027 is provisional (weekends only): Sun 2027-01-10 - 5 days = Tue 2027-01-05
        Due provisional = due(Deadline.parse("会议召开前5日"), DeadlineContext.of(TestCalendars.chinaProvisional2027())
                .withEvent(Event.MEETING, LocalDate.of(2027, 1, 10)));
        assertThat(provisional.dueDate()).isEqualTo("2027-01-05");
        assertThat(provisional.isProvisional()).isTrue();
        assertThat(provisional.isSettled()).isFalse();
        // settled through 2024-12-25: 3 working days back from Mon 2025-01-06 are Fri 01-03, Thu 01-02, (元旦 01-01),
        // Tue 2024-12-31; the count uses days after 12-25
        DeadlineContext unsettled = DeadlineContext.of(TestCalendars.chinaSettledThrough(LocalDate.of(2024, 12, 25)))
                .withEvent(Event.MEETING, LocalDate.of(2025, 1, 6));
        Due due = due(Deadline.parse("会议召开前3个工作日"), unsettled);
        assertThat(due.dueDate()).isEqualTo("2024-12-31");
        assertThat(due.isProvisional()).isFalse();
        assertThat(due.isSettled()).isFalse();
        assertThatThrownBy(() -> Deadline.parse("会议召开前3个工作日").resolve(unsettled.withPolicy(
                DeadlinePolicy.builder().requireSettled(true).build())))
                .isInstanceOf(DeadlineResolutionException.class);
    }

    // ------------------------------------------------------------------ limits and refused shapes

    @Test
    void constructorLimitsNameTheValueAndTheRange() {
        assertThatThrownBy(() -> BeforeEvent.of(0, Counting.DAYS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount of days before an event must be 1..9999: 0");
        assertThatThrownBy(() -> BeforeEvent.of(1000, Counting.YEARS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount of years before an event must be 1..999: 1000");
        assertThatThrownBy(() -> BeforeEvent.of(30, Counting.WORKING_DAYS).withWindowOpening(30))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Window opening must be 0 (no window) or "
                        + "31..9999 working days before the event (more than the amount 30): 30");
        assertThatThrownBy(() -> BeforeEvent.of(30, Counting.DAYS).withWindowOpening(10000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(": 10000");
        assertThatThrownBy(() -> BeforeEvent.of(9999, Counting.DAYS).withWindowOpening(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000..9999");
        assertThatThrownBy(() -> BeforeEvent.of(1, Counting.DAYS, Event.MEETING, Event.MEETING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new BeforeEvent(1, null, List.of(), 0)).isInstanceOf(NullPointerException.class);
        assertThat(BeforeEvent.of(9999, Counting.DAYS).hasWindow()).isFalse();
        assertThat(BeforeEvent.of(1, Counting.DAYS).withWindowOpening(9999).withWindowOpening(0))
                .isEqualTo(BeforeEvent.of(1, Counting.DAYS));
    }

    @Test
    void refusedShapesNameTheirIndex() {
        refused("会议召开前5日内", 7, "前N日内 is ambiguous");
        refused("拟飞行前1日12时前", 3, "an event before 前");
        refused("飞行前1日", 2, "an event before 前");
        refused("前3个工作日", 0, "a time limit");
        refused("届满前90至300日", 6, "fewer days than 90");
        refused("届满前30日至90日", 7, "fewer days than 30");
        refused("届满前90日至30个工作日", 7, "the same unit");
        refused("会议召开前0日", 5, "a positive number");
        refused("提前10000日", 2, "1..9999");
        refused("会议召开前5日25时", 7, "an hour 0..24");
        refused("between 30 and 90 days before", 8, "Window opening");
        refused("5 days before meeting or", 24, "an event");
    }

    private static void refused(String text, int index, String expected) {
        assertThatThrownBy(() -> Deadline.parse(text)).as(text).isInstanceOf(DeadlineParseException.class)
                .satisfies(e -> {
                    DeadlineParseException p = (DeadlineParseException) e;
                    assertThat(p.index()).as(text).isEqualTo(index);
                    assertThat(p.expected()).as(text).contains(expected);
                });
    }

    // ------------------------------------------------------------------ scheduling

    @Test
    void theSchedulerGivesOneObligationPerMeetingDueBeforeIt() {
        Plan plan = Plan.builder("hy").title("2024年会议公开工作安排").year(Year.of(2024))
                .issued(LocalDate.of(2024, 1, 10)).unit(Unit.of("zfb", "区政府办公室"))
                .task(Task.builder("1").content("会议议题征求意见").lead("zfb").timeLimit("会议召开前5日报送"))
                .task(Task.builder("2").content("续期申请").lead("zfb").timeLimit("届满前10个工作日至3个工作日期间"))
                .build();
        Schedule waiting = Scheduler.of(CAL).schedule(plan);
        assertThat(waiting.find("hy/1@zfb").orElseThrow().kind()).isEqualTo(Obligation.Kind.AWAITING_EVENT);
        Schedule s = Scheduler.of(CAL).schedule(plan, List.of(
                Occurrence.of("meeting", LocalDate.of(2024, 10, 8), "第12次常务会议"),
                Occurrence.of("届满", LocalDate.of(2024, 10, 14), "许可证A")));
        Obligation meeting = s.find("hy/1/第12次常务会议@zfb").orElseThrow();
        assertThat(meeting.kind()).isEqualTo(Obligation.Kind.DATED);
        assertThat(meeting.dueDate()).hasValue(LocalDate.of(2024, 9, 30));
        // as of Thu 09-26 the meeting is still ahead, but the obligation is not waiting for it: working days in
        // (09-26, 09-30] are Fri 09-27, adjusted Sun 09-29 and Mon 09-30, 3: due soon
        assertThat(s.statusAsOf(LocalDate.of(2024, 9, 26), List.of()).dueStatus("hy/1/第12次常务会议@zfb"))
                .isEqualTo(DueStatus.DUE_SOON);
        // as of the meeting day, still open: overdue
        assertThat(s.statusAsOf(LocalDate.of(2024, 10, 8), List.of()).dueStatus("hy/1/第12次常务会议@zfb"))
                .isEqualTo(DueStatus.OVERDUE);
        // a window is the obligation's period; its id is the occurrence's, with no period in it
        Obligation renewal = s.find("hy/2/许可证A@zfb").orElseThrow();
        assertThat(renewal.dueDate()).hasValue(LocalDate.of(2024, 10, 10));
        assertThat(renewal.period()).contains(LocalDateRange.ofClosed(LocalDate.of(2024, 9, 25),
                LocalDate.of(2024, 10, 10)));
    }
}

package dev.shixian.schedule.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shixian.schedule.Completion;
import dev.shixian.schedule.Extension;
import dev.shixian.schedule.NotApplicable;
import dev.shixian.schedule.ObligationRecord;
import dev.shixian.schedule.Occurrence;
import dev.shixian.schedule.Pause;
import dev.shixian.schedule.Progress;
import dev.shixian.schedule.Restart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Records files written and read back are equal; any input either reads or fails with RecordsFormatException. */
class ScheduleFilesProperties {

    @Property(seed = "20211015", tries = 300)
    void writtenFilesReadBackEqual(@ForAll("files") RecordsFile file) {
        assertThat(ScheduleFiles.readRecords(ScheduleFiles.write(file), "p")).isEqualTo(file);
        byte[] bytes = ScheduleFiles.write(file).getBytes(StandardCharsets.UTF_8);
        assertThat(ScheduleFiles.readRecords(new ByteArrayInputStream(bytes), "p")).isEqualTo(file);
    }

    @Property(seed = "20211015", tries = 500)
    void anyMutationReadsOrFailsWithTheDocumentedException(@ForAll("mutations") byte[] input) {
        try {
            RecordsFile file = ScheduleFiles.readRecords(new ByteArrayInputStream(input), "m");
            assertThat(file.planId()).isNotBlank();
        } catch (RecordsFormatException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).startsWith("Records file m: ");
        }
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        byte[] base = ScheduleFilesTest.FILE.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length - 1);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return Combinators.combine(at.list().ofMinSize(1).ofMaxSize(4), value.list().ofSize(4)).as((where, what) -> {
            byte[] copy = base.clone();
            for (int i = 0; i < where.size(); i++) {
                copy[where.get(i)] = what.get(i);
            }
            return copy;
        });
    }

    @Provide
    Arbitrary<RecordsFile> files() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> id = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<String> subject = Arbitraries.strings().withCharRange('一', '龥').withChars("〔〕号 -0123456789")
                .ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank());
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3000)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<Occurrence> occurrence = Combinators.combine(Arbitraries.of("issuance", "receipt", "印发", "公示结束"),
                date, subject, Arbitraries.of("", "13", "7"), Arbitraries.of("", "zfb", "市财政局"))
                .as((e, d, s, task, unit) -> {
                    Occurrence o = Occurrence.of(e, d, s);
                    o = task.isEmpty() ? o : o.forTask(task);
                    return unit.isEmpty() ? o : o.byUnit(unit);
                });
        Arbitrary<ObligationRecord> record = Arbitraries.oneOf(
                Combinators.combine(id, date, Arbitraries.integers().between(1, 1000), text.injectNull(0.5))
                        .as((i, d, c, n) -> {
                            Completion x = Completion.of(i, d).withCount(c);
                            return n == null ? x : x.withNote(n);
                        }),
                Combinators.combine(id, date, Arbitraries.integers().between(0, 30))
                        .as((i, d, n) -> Pause.of(i, d, d.plusDays(n))),
                Combinators.combine(id, date).as(Restart::of),
                Combinators.combine(id, date, Arbitraries.integers().between(1, 40)).as(Extension::of),
                Combinators.combine(id, date, id).as(NotApplicable::of),
                Combinators.combine(id, date, Arbitraries.integers().between(0, 100)).as(Progress::of));
        return Combinators.combine(id, date.injectNull(0.3), occurrence.list().ofMaxSize(4),
                record.list().ofMaxSize(8)).as((plan, asOf, os, rs) -> {
                    RecordsFile f = RecordsFile.of(plan, os, rs);
                    return asOf == null ? f : f.withAsOf(asOf);
                });
    }
}

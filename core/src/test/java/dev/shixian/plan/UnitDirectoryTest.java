package dev.shixian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {

    static final Unit OFFICE = Unit.of("bgs", "办公室").withAliases(List.of("局办公室"));
    static final Unit FINANCE = Unit.of("cws", "财务处");
    static final Unit TOWN_A = Unit.of("dfz", "顶效镇");
    static final Unit TOWN_B = Unit.of("wfz", "万峰林街道");

    static final UnitDirectory DIRECTORY = UnitDirectory.of(List.of(OFFICE, FINANCE, TOWN_A, TOWN_B), List.of(
            new UnitGroup("各处（室）、单位", List.of("办公室", "cws")),
            new UnitGroup("各乡镇（街道）", List.of("dfz", "万峰林街道")),
            new UnitGroup("县直各部门，各乡镇人民政府", List.of("各处（室）、单位", "各乡镇（街道）")),
            new UnitGroup("各级各部门", List.of())));

    @Test
    void referencesResolveByIdNameAndAlias() {
        assertThat(DIRECTORY.resolve("bgs")).containsExactly(OFFICE);
        assertThat(DIRECTORY.resolve("办公室")).containsExactly(OFFICE);
        assertThat(DIRECTORY.resolve("局办公室")).containsExactly(OFFICE);
        assertThat(DIRECTORY.unit("局办公室")).contains(OFFICE);
        assertThat(DIRECTORY.unit("各乡镇（街道）")).isEmpty();
        assertThat(DIRECTORY.group("各乡镇（街道）")).isPresent();
    }

    @Test
    void groupsExpandToTheirMembersIncludingNestedGroups() {
        assertThat(DIRECTORY.resolve("各处（室）、单位")).containsExactly(OFFICE, FINANCE);
        assertThat(DIRECTORY.resolve("县直各部门，各乡镇人民政府")).containsExactly(OFFICE, FINANCE, TOWN_A, TOWN_B);
        assertThat(DIRECTORY.resolveAll(List.of("各乡镇（街道）", "dfz", "bgs"))).containsExactly(TOWN_A, TOWN_B, OFFICE);
        assertThat(DIRECTORY.resolve("各级各部门")).isEmpty();
    }

    @Test
    void unknownReferencesAreErrors() {
        assertThatThrownBy(() -> DIRECTORY.resolve("市统计局"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("市统计局");
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        assertThatThrownBy(() -> UnitDirectory.of(
                List.of(Unit.of("a", "甲"), Unit.of("a", "乙"), Unit.of("c", "丙").withParent("zz")),
                List.of(new UnitGroup("组一", List.of("组二")), new UnitGroup("组二", List.of("组一", "丁")),
                        new UnitGroup("甲", List.of()))))
                .isInstanceOf(PlanFormatException.class)
                .satisfies(e -> assertThat(((PlanFormatException) e).errors()).extracting(PlanProblem::path)
                        .containsExactly("$.units[1].id", "$.groups[2].name", "$.units[2].parent",
                                "$.groups[1].members[1]", "$.groups[0].members", "$.groups[1].members"))
                .hasMessageContaining("group cycle: 组一 → 组二 → 组一")
                .hasMessageContaining("unknown member '丁'")
                .hasMessageContaining("unknown parent unit 'zz'");
    }
}

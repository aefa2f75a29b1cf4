package dev.shixian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile unit directories: deep, wide and long group graphs and parent chains, checked without recursion. */
class UnitCyclesTest {

    @Test
    void twentyEightNestedLevelsOfTwoGroupsEachAreCheckedAndExpanded() {
        // level k contains level k+1 twice (under two names): 2^28 paths, 56 groups
        List<UnitGroup> groups = new ArrayList<>();
        for (int k = 0; k < 28; k++) {
            groups.add(new UnitGroup("a" + k, List.of("a" + (k + 1), "b" + (k + 1))));
            groups.add(new UnitGroup("b" + k, List.of("a" + (k + 1), "b" + (k + 1))));
        }
        groups.add(new UnitGroup("a28", List.of("u")));
        groups.add(new UnitGroup("b28", List.of("u")));
        UnitDirectory directory = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> UnitDirectory.of(List.of(Unit.of("u", "单位")), groups));
        assertThat(directory.resolve("a0")).extracting(Unit::id).containsExactly("u");
    }

    @Test
    void aChainOfTwentyThousandGroupsDoesNotOverflowTheStack() {
        int n = 20_000;
        List<UnitGroup> groups = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            groups.add(new UnitGroup("g" + k, List.of(k + 1 < n ? "g" + (k + 1) : "u", "v" + k)));
        }
        List<Unit> units = new ArrayList<>();
        units.add(Unit.of("u", "末端"));
        for (int k = 0; k < n; k++) {
            units.add(Unit.of("v" + k, "单位" + k).withParent(k == 0 ? "u" : "v" + (k - 1)));
        }
        UnitDirectory directory = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> UnitDirectory.of(units, groups));
        assertThat(directory.resolve("g0")).hasSize(n + 1);
        assertThat(directory.resolve("g0").iterator().next().id()).isEqualTo("u");
    }

    @Test
    void aCycleOfTwentyThousandGroupsIsReportedForEachGroupWithAShortMessage() {
        int n = 20_000;
        List<UnitGroup> groups = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            groups.add(new UnitGroup("g" + k, List.of("g" + ((k + 1) % n))));
        }
        PlanFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                        () -> UnitDirectory.of(List.of(), groups)));
        assertThat(e.errors()).hasSize(n);
        assertThat(e.errors().get(0).path()).isEqualTo("$.groups[0].members");
        assertThat(e.errors().get(0).reason()).startsWith("group cycle: g0 → g1 → ")
                .contains("… (20000 groups) → g0");
        assertThat(e.errors().get(5).reason()).startsWith("group cycle: g5 → g6");
        assertThat(e.getMessage().length()).isLessThan(20_000);
    }

    @Test
    void aGroupContainingItselfIsACycle() {
        assertThatThrownBy(() -> UnitDirectory.of(List.of(), List.of(new UnitGroup("组", List.of("组")))))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("group cycle: 组 → 组");
    }

    @Test
    void aGroupOffTheShortestCycleIsReportedWithTheCycleItIsIn() {
        // 甲 → 乙 → 甲 and 乙 → 丙 → 甲: 丙 is in the same strongly connected set
        PlanFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                () -> UnitDirectory.of(List.of(), List.of(new UnitGroup("甲", List.of("乙")),
                        new UnitGroup("乙", List.of("甲", "丙")), new UnitGroup("丙", List.of("甲")))));
        assertThat(e.errors()).extracting(PlanProblem::path)
                .containsExactly("$.groups[0].members", "$.groups[1].members", "$.groups[2].members");
        assertThat(e.errors().get(0).reason()).isEqualTo("group cycle: 甲 → 乙 → 甲");
        assertThat(e.errors().get(2).reason()).contains("丙 is in a cycle with 甲, reported at $.groups[0].members");
    }

    @Test
    void parentCyclesAreRefusedWithThePath() {
        PlanFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                () -> UnitDirectory.of(List.of(Unit.of("top", "顶"), Unit.of("a", "甲").withParent("c"),
                        Unit.of("b", "乙").withParent("a"), Unit.of("c", "丙").withParent("乙"),
                        Unit.of("self", "自").withParent("self")), List.of()));
        assertThat(e.errors()).extracting(PlanProblem::toString).containsExactly(
                "$.units[1].parent: parent cycle: a → c → b → a", "$.units[4].parent: parent cycle: self → self");
    }

    @Test
    void aLongParentCycleIsFoundInLinearTime() {
        int n = 50_000;
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            units.add(Unit.of("u" + k, "单位" + k).withParent("u" + ((k + 1) % n)));
        }
        PlanFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
                        () -> UnitDirectory.of(units, List.of())));
        assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("parent cycle: u0 → u1 → ").contains("(50000 units)"));
    }
}

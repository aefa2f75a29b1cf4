package dev.shixian.examples;

import dev.shixian.testkit.RuleSet;
import dev.shixian.testkit.RuleSetCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule-set test of the 兴义市 2021 plan, written with the test kit: one test per row of
 * {@code cases/xingyi-2021-cases.csv} (open it in Excel or WPS), whose dates are counted by hand in its 备注 column
 * from the 2021 notice 国办发明电〔2020〕27号 (docs/RULES.md §1, §2, §6, §7) and whose statuses use the records file.
 */
class XingyiRuleSetTest {

    @TestFactory
    Stream<DynamicTest> xingyi2021() {
        RuleSet rules = RuleSet.of(XingyiLedger.schedule(), XingyiLedger.records().records());
        return RuleSetCases.fromResource("cases/xingyi-2021-cases.csv").tests(rules);
    }
}

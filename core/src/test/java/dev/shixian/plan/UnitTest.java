package dev.shixian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void copiesKeepTheOtherParts() {
        Unit zfb = Unit.of("zfb", "市政府办公室").withAliases(List.of("政府办")).withParent("szf");
        assertThat(zfb.id()).isEqualTo("zfb");
        assertThat(zfb.name()).isEqualTo("市政府办公室");
        assertThat(zfb.aliases()).containsExactly("政府办");
        assertThat(zfb.parent()).contains("szf");
        assertThat(Unit.of("zfb", "市政府办公室").parent()).isEmpty();
        assertThat(zfb).hasToString("市政府办公室 (zfb)");
    }

    @Test
    void equalityIsOverEveryPart() {
        Unit plain = Unit.of("zfb", "市政府办公室");
        assertThat(plain).isEqualTo(new Unit("zfb", "市政府办公室", List.of(), Optional.empty()))
                .hasSameHashCodeAs(new Unit("zfb", "市政府办公室", List.of(), Optional.empty()));
        assertThat(plain).isNotEqualTo(plain.withAliases(List.of("政府办")));
        assertThat(plain).isNotEqualTo(plain.withParent("szf"));
        assertThat(plain).isNotEqualTo(Unit.of("zfb", "市政府办"));
    }

    @Test
    void theCanonicalConstructorValidatesAsTheFactories() {
        assertThatThrownBy(() -> new Unit(" ", "x", List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Unit("a", "x", List.of(""), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias");
        assertThatThrownBy(() -> new Unit("a", "x", List.of(), Optional.of("  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
        assertThatThrownBy(() -> new Unit("a", "x", List.of(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Unit.of("a", "x").withParent("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aliasesAreCopied() {
        List<String> aliases = new ArrayList<>(List.of("政府办"));
        Unit unit = Unit.of("zfb", "市政府办公室").withAliases(aliases);
        aliases.add("办公室");
        assertThat(unit.aliases()).containsExactly("政府办");
        assertThatThrownBy(() -> unit.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}

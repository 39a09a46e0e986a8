package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RenewalRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"indefinite", "term 10y", "term 20y then auto 5y notice 12m", "term 5y then auto 5y",
      "term 10y then by-agreement", "denounce notice 24m"})
  void parsesAndPrintsEveryForm(String text) {
    assertThat(RenewalRule.parse(text).text()).isEqualTo(text);
  }

  @Test
  void theNoticePeriodIsOptional() {
    assertThat(RenewalRule.parse("term 20y then auto 5y"))
        .isEqualTo(new RenewalRule.AutoExtension(20, 5, Optional.empty()));
  }

  @Test
  void rejectsUnknownFormsListingTheAcceptedOnes() {
    assertThatThrownBy(() -> RenewalRule.parse("every 20 years"))
        .hasMessageContaining("'every 20 years' is not a renewal rule")
        .hasMessageContaining("term Ny then auto Ky");
    assertThatThrownBy(() -> RenewalRule.parse("term 0y")).hasMessageContaining("at least 1");
  }
}

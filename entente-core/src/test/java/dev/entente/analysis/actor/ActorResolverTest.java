package dev.entente.analysis.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.UserInputException;
import dev.entente.testing.Curated;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

  private final ActorResolver resolver = new ActorResolver(Curated.catalog());

  @Test
  void acceptsIso3CowAbbreviationCowNumberNameAndOrganisationCode() {
    assertThat(resolver.resolve("JPN").key()).isEqualTo("JPN");
    assertThat(resolver.resolve("AUL").key()).isEqualTo("AUS");
    assertThat(resolver.resolve("900").key()).isEqualTo("AUS");
    assertThat(resolver.resolve("jpn").key()).isEqualTo("JPN");
    assertThat(resolver.resolve("Japan").key()).isEqualTo("JPN");
    assertThat(resolver.resolve("NATO").key()).isEqualTo("NATO");
    assertThat(resolver.resolve("GFR").key()).isEqualTo("cow:GFR");
  }

  @Test
  void aCodeThatIsOneStatesIso3AndAnothersCowAbbreviationIsAnErrorListingBoth() {
    assertThatThrownBy(() -> resolver.resolve("AUS"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("'AUS' is ambiguous")
        .hasMessageContaining("Australia (ISO3 code; COW 900 AUL")
        .hasMessageContaining("Austria (COW abbreviation; COW 305 AUS, ISO3 AUT")
        .hasMessageContaining("iso:AUS");
    assertThat(resolver.resolve("iso:AUS").key()).isEqualTo("AUS");
    assertThat(resolver.resolve("cow:AUS").key()).isEqualTo("AUT");
  }

  @Test
  void anUnknownActorSaysHowToNameOne() {
    assertThatThrownBy(() -> resolver.resolve("ZZZ"))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("unknown actor 'ZZZ'");
  }
}

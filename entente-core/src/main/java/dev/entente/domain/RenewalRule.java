package dev.entente.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a treaty lasts: indefinitely, for a fixed term, with automatic extensions unless notice is given, renewable
 * by agreement, or open to denunciation with notice. Terms are anchored on the commitment's start (entry into
 * force).
 *
 * <p>The text form, used in the curated files and in outputs, is one of
 *
 * <pre>{@code
 * indefinite
 * term 10y
 * term 20y then auto 5y notice 12m   (the notice part may be left out where no source gives it)
 * term 20y then by-agreement
 * denounce notice 12m
 * }</pre>
 */
public sealed interface RenewalRule
    permits RenewalRule.Indefinite,
        RenewalRule.FixedTerm,
        RenewalRule.AutoExtension,
        RenewalRule.ByAgreement,
        RenewalRule.Denounceable {

  /** The canonical text form. */
  String text();

  /** In force until the parties terminate it. */
  record Indefinite() implements RenewalRule {
    @Override
    public String text() {
      return "indefinite";
    }
  }

  /** A fixed term, after which the commitment expires. */
  record FixedTerm(int years) implements RenewalRule {
    public FixedTerm {
      requirePositive(years, "term");
    }

    @Override
    public String text() {
      return "term " + years + "y";
    }
  }

  /**
   * A fixed term, then automatic extensions unless a party gives notice before an expiry.
   *
   * @param termYears the first term
   * @param extensionYears the length of each automatic extension
   * @param noticeMonths how long before an expiry notice must be given; empty when the sources do not say
   */
  record AutoExtension(int termYears, int extensionYears, Optional<Integer> noticeMonths) implements RenewalRule {
    public AutoExtension {
      requirePositive(termYears, "term");
      requirePositive(extensionYears, "extension");
      Objects.requireNonNull(noticeMonths, "noticeMonths");
      noticeMonths.ifPresent(
          n -> {
            if (n < 0) {
              throw new IllegalArgumentException("notice must be 0 or more months, not " + n);
            }
          });
    }

    @Override
    public String text() {
      return "term " + termYears + "y then auto " + extensionYears + "y"
          + noticeMonths.map(n -> " notice " + n + "m").orElse("");
    }
  }

  /** A fixed term, then renewable only by agreement of the parties. */
  record ByAgreement(int termYears) implements RenewalRule {
    public ByAgreement {
      requirePositive(termYears, "term");
    }

    @Override
    public String text() {
      return "term " + termYears + "y then by-agreement";
    }
  }

  /** Indefinite, but a party may leave with notice. */
  record Denounceable(int noticeMonths) implements RenewalRule {
    public Denounceable {
      requirePositive(noticeMonths, "notice");
    }

    @Override
    public String text() {
      return "denounce notice " + noticeMonths + "m";
    }
  }

  /**
   * Parses the text form.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  static RenewalRule parse(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.equals("indefinite")) {
      return new Indefinite();
    }
    Matcher m = Pattern.compile("term (\\d+)y").matcher(t);
    if (m.matches()) {
      return new FixedTerm(Integer.parseInt(m.group(1)));
    }
    m = Pattern.compile("term (\\d+)y then auto (\\d+)y(?: notice (\\d+)m)?").matcher(t);
    if (m.matches()) {
      return new AutoExtension(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Optional.ofNullable(m.group(3)).map(Integer::valueOf));
    }
    m = Pattern.compile("term (\\d+)y then by-agreement").matcher(t);
    if (m.matches()) {
      return new ByAgreement(Integer.parseInt(m.group(1)));
    }
    m = Pattern.compile("denounce notice (\\d+)m").matcher(t);
    if (m.matches()) {
      return new Denounceable(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a renewal rule (expected: indefinite | term Ny | term Ny then auto Ky [notice Mm]"
            + " | term Ny then by-agreement | denounce notice Mm)");
  }

  private static void requirePositive(int value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be at least 1, not " + value);
    }
  }
}

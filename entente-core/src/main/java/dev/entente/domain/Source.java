package dev.entente.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact is documented.
 *
 * @param publisher who published it (agency, ministry, newspaper, dataset)
 * @param date publication date, empty when the source is undated ({@code n.d.})
 * @param title the title, or a description in brackets
 * @param url the address, when one exists
 */
public record Source(String publisher, Optional<DatePoint> date, String title, Optional<String> url) {

  public Source {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    if (publisher.isBlank()) {
      throw new IllegalArgumentException("a source needs a publisher");
    }
  }

  /** A one-line citation: {@code Publisher, date, "Title", url}. */
  public String cite() {
    StringBuilder b = new StringBuilder(publisher);
    b.append(", ").append(date.map(DatePoint::toString).orElse("n.d."));
    if (!title.isBlank()) {
      b.append(", \"").append(title).append('"');
    }
    url.ifPresent(u -> b.append(", ").append(u));
    return b.toString();
  }
}

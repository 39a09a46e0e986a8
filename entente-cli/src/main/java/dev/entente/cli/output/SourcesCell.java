package dev.entente.cli.output;

import dev.entente.domain.DatePoint;
import dev.entente.domain.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sources of a record: first publisher and a count in tables, citations in CSV, objects in JSON. */
public record SourcesCell(List<Source> sources) implements Cell {

  public SourcesCell {
    sources = List.copyOf(sources);
  }

  @Override
  public String text() {
    if (sources.isEmpty()) {
      return "";
    }
    return sources.get(0).publisher() + (sources.size() > 1 ? " +" + (sources.size() - 1) : "");
  }

  @Override
  public String csv() {
    return sources.stream().map(Source::cite).collect(Collectors.joining(" ; "));
  }

  @Override
  public Object json() {
    return sources.stream().map(SourcesCell::toMap).toList();
  }

  static Map<String, Object> toMap(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("publisher", s.publisher());
    m.put("date", s.date().map(DatePoint::toString).orElse(null));
    m.put("title", s.title());
    m.put("url", s.url().orElse(null));
    return m;
  }
}

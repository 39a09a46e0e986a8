package dev.entente.io.events;

import java.util.List;

/**
 * The columns of the store's {@code events} table that an {@link EventLayout} fills, in table order (the table
 * ends with {@code file_id}, which the store adds). Schema: {@code V3__events.sql}; meaning: docs/events.md.
 */
public final class EventColumns {

  private EventColumns() {}

  /** The filled columns, in order. */
  public static final List<String> NAMES = List.of(
      "dataset", "event_id", "event_date",
      "source_code", "source_name", "source_country", "source_group", "source_roles",
      "target_code", "target_name", "target_country", "target_group", "target_roles",
      "event_code", "base_code", "root_code", "quad_class", "goldstein", "is_root",
      "num_mentions", "num_sources", "num_articles", "avg_tone",
      "geo_country", "geo_name", "geo_lat", "geo_lon", "source_url");
}

package dev.entente.domain;

/** How precisely a source dates an event: to the day, the month or only the year. */
public enum Precision {
  DAY,
  MONTH,
  YEAR
}

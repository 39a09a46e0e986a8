package dev.entente.io.curated;

import dev.entente.error.DataFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record of a {@code .rec} file as written: its fields in order, each with the line it starts on.
 *
 * @param file the file name, for messages
 * @param line the line the record starts on
 * @param fields the fields in file order
 */
record RawRecord(String file, int line, List<Field> fields) {

  RawRecord {
    fields = List.copyOf(fields);
  }

  /**
   * One field.
   *
   * @param name the field name
   * @param value the value, continuation lines joined with one space
   * @param line the line the field starts on
   */
  record Field(String name, String value, int line) {}

  /** Every value of a field, in order. */
  List<Field> all(String name) {
    List<Field> out = new ArrayList<>();
    for (Field f : fields) {
      if (f.name().equals(name)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The single value of an optional field; an error if it repeats. */
  Optional<Field> optional(String name) {
    List<Field> all = all(name);
    if (all.size() > 1) {
      throw error(all.get(1), "the field may appear only once in a record");
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The single value of a required field. */
  Field required(String name) {
    return optional(name)
        .orElseThrow(() -> new DataFileException(file, line, name, "", "required field is missing"));
  }

  /** An error about a field's value. */
  DataFileException error(Field f, String rule) {
    return new DataFileException(file, f.line(), f.name(), f.value(), rule);
  }
}

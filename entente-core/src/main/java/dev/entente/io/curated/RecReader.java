package dev.entente.io.curated;

import dev.entente.error.DataFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code .rec} text (GNU recutils syntax) into raw records: blank lines separate records, {@code Field:
 * value} sets a field, a line starting with {@code "+ "} continues the field above, {@code #} starts a comment.
 * Checks syntax only; what the fields mean is checked by {@link RecordMapper}.
 */
final class RecReader {

  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_]*):(?: (.*))?");

  private RecReader() {}

  static List<RawRecord> read(String file, String text) {
    List<RawRecord> records = new ArrayList<>();
    List<RawRecord.Field> fields = new ArrayList<>();
    int recordLine = 0;
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int no = i + 1;
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          records.add(new RawRecord(file, recordLine, fields));
          fields = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("+")) {
        if (fields.isEmpty()) {
          throw new DataFileException(file, no, "", line, "a continuation line must follow a field");
        }
        RawRecord.Field last = fields.remove(fields.size() - 1);
        String more = line.length() > 1 ? line.substring(line.startsWith("+ ") ? 2 : 1).strip() : "";
        fields.add(new RawRecord.Field(last.name(), (last.value() + " " + more).strip(), last.line()));
        continue;
      }
      Matcher m = FIELD.matcher(line);
      if (!m.matches()) {
        throw new DataFileException(
            file, no, "", line, "expected 'Field: value', a '+ ' continuation, a '#' comment or a blank line");
      }
      if (fields.isEmpty()) {
        recordLine = no;
      }
      String value = m.group(2) == null ? "" : m.group(2).strip();
      fields.add(new RawRecord.Field(m.group(1), value, no));
    }
    if (!fields.isEmpty()) {
      records.add(new RawRecord(file, recordLine, fields));
    }
    return records;
  }
}

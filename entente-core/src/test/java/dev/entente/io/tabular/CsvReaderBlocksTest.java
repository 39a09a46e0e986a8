package dev.entente.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader takes fields out of its block buffer in one go; records must come out the same whatever the block
 * boundaries, and line numbers must count every line end, inside quotes too.
 */
class CsvReaderBlocksTest {

  /** Each record with the line it starts on, then the error if any. */
  private static List<String> read(Reader in) {
    List<String> out = new ArrayList<>();
    try (CsvReader csv = CsvReader.of("f.csv", in, ',')) {
      List<String> r;
      while ((r = csv.next()) != null) {
        out.add(csv.recordLine() + ":" + r);
      }
    } catch (DataFileException e) {
      out.add(e.getMessage());
    }
    return out;
  }

  /** A reader that hands out 1 to 7 characters per call. */
  private static Reader trickle(String text, long seed) {
    Random random = new Random(seed);
    return new Reader() {
      private int at;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (at == text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, 1 + random.nextInt(7)), text.length() - at);
        text.getChars(at, at + n, cbuf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void recordsAreTheSameWhateverTheBlockBoundaries() {
    String text = "\uFEFFid,name,note\r\n1,\"a, \"\"b\"\"\",x\"y\n2,\"two\nlines\",\r\r\n\n3,,\"\"\r4,last";
    List<String> whole = read(new StringReader(text));
    assertThat(whole).containsExactly("1:[id, name, note]", "2:[1, a, \"b\", x\"y]", "3:[2, two\nlines, ]",
        "5:[]", "6:[]", "7:[3, , ]", "8:[4, last]");
    for (long seed = 0; seed < 200; seed++) {
      assertThat(read(trickle(text, seed))).as("seed %d", seed).isEqualTo(whole);
    }
  }

  @Test
  void fieldsAndLineEndsThatStraddleTheBufferAreReadWhole() {
    String longField = "a".repeat((1 << 16) - 3);
    String text = longField + ",b\r\n\"" + "q\n".repeat(40_000) + "\",c\n" + longField + longField + ",d\n";
    List<String> records = read(new StringReader(text));
    assertThat(records).hasSize(3);
    assertThat(records.get(0)).isEqualTo("1:[" + longField + ", b]");
    assertThat(records.get(1)).startsWith("2:[q\nq\n").endsWith(", c]");
    assertThat(records.get(2)).isEqualTo("40003:[" + longField + longField + ", d]");
  }

  @Test
  void errorsKeepTheirLinesAndMessages() {
    assertThat(read(new StringReader("a,b\n\"x\"y,1\n"))).containsExactly("1:[a, b]",
        "f.csv:2: value 'y': unexpected text after a closing quote (a quote inside a field must be doubled)");
    assertThat(read(new StringReader("a\n\"open\nstill open"))).containsExactly("1:[a]",
        "f.csv:2: a quoted field is not closed before the end of the file");
    assertThatThrownBy(() -> {
      try (CsvReader csv = CsvReader.of("f.csv", trickle("a,\"b\"c", 1), ',')) {
        csv.next();
      }
    }).isInstanceOf(DataFileException.class).hasMessageStartingWith("f.csv:1: value 'c': unexpected text");
  }
}

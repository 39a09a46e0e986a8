package dev.entente.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir Path dir;

  private static List<List<String>> readAll(Path file, Charset charset) {
    List<List<String>> out = new ArrayList<>();
    try (CsvReader csv = CsvReader.open(file, ',', charset)) {
      List<String> r;
      while ((r = csv.next()) != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** {@code n} lines {@code i,é-🇯🇵-i}: 2- and 4-byte characters that straddle every 64 KiB buffer boundary. */
  private static String multibyteLines(int n) {
    StringBuilder b = new StringBuilder("id,text\n");
    for (int i = 1; i <= n; i++) {
      b.append(i).append(",é-\uD83C\uDDEF\uD83C\uDDF5-").append(i).append('\n');
    }
    return b.toString();
  }

  @Test
  void multibyteCharactersAcrossBufferBoundariesAreReadIntact() throws IOException {
    String text = multibyteLines(20_000);
    Path file = Files.writeString(dir.resolve("m.csv"), text, StandardCharsets.UTF_8);
    List<List<String>> rows = readAll(file, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(20_001);
    for (int i = 1; i <= 20_000; i++) {
      assertThat(rows.get(i)).containsExactly(String.valueOf(i), "é-\uD83C\uDDEF\uD83C\uDDF5-" + i);
    }
  }

  @Test
  void badBytesFarIntoTheFileAreReportedAtTheirOwnLineWithTheBytes() throws IOException {
    // about 300 KB: the bad bytes are several decoder buffers after the start
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(multibyteLines(15_000).getBytes(StandardCharsets.UTF_8));
    bytes.write("15001,ok\n15002,a".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, 0x28});
    bytes.write("b\n15003,c\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());
    List<List<String>> before = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (CsvReader csv = CsvReader.open(file, ',', StandardCharsets.UTF_8)) {
        List<String> r;
        while ((r = csv.next()) != null) {
          before.add(r);
        }
      }
    })
        .isInstanceOf(DataFileException.class)
        .hasMessage("bad.csv:15003: value '0xC3': bytes that are not valid text in the expected encoding");
    assertThat(before).hasSize(15_002).last().isEqualTo(List.of("15001", "ok"));
  }

  @Test
  void aSequenceCutOffByTheEndOfTheFileIsReportedOnTheLastLine() throws IOException {
    Path file = Files.write(dir.resolve("cut.csv"), new byte[] {'a', '\n', 'b', ',', (byte) 0xE2, (byte) 0x82});
    assertThatThrownBy(() -> readAll(file, StandardCharsets.UTF_8))
        .isInstanceOf(DataFileException.class)
        .hasMessage("cut.csv:2: value '0xE2 0x82': bytes that are not valid text in the expected encoding");
  }

  @Test
  void aGzipFileIsDecodedLikeThePlainOne() throws IOException {
    String text = multibyteLines(5_000);
    Path gz = dir.resolve("m.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Path plain = Files.writeString(dir.resolve("m.csv"), text, StandardCharsets.UTF_8);
    assertThat(readAll(gz, StandardCharsets.UTF_8)).isEqualTo(readAll(plain, StandardCharsets.UTF_8)).hasSize(5_001);
  }

  @Test
  void anEmptyFileHasNoRecords() throws IOException {
    Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertThat(readAll(file, StandardCharsets.UTF_8)).isEmpty();
  }
}

package dev.entente.io.tabular;

import dev.entente.error.DataFileException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A strict, streaming reader of delimited text (RFC 4180 CSV, or tab-separated): quoted fields with embedded
 * separators, quotes and line breaks; CRLF or LF; a UTF-8 byte-order mark; gzip detected by its magic bytes.
 *
 * <p>Every problem is a {@link DataFileException} naming the file and the line: an unterminated quote, text after a
 * closing quote, bytes that are not valid in the declared encoding, a truncated or corrupt gzip stream. Records are
 * numbered by the physical line they start on, so messages point at the line an editor shows.
 */
public final class CsvReader implements AutoCloseable {

  private final String file;
  private final Reader in;
  private final char separator;
  /** Text read from {@link #in} in blocks; {@code buf[pos..lim)} is not consumed yet. */
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  /** The most fields a record has had, to size the next record's list. */
  private int width = 10;
  private int line = 1;
  private int recordLine;

  private CsvReader(String file, Reader reader, char separator) {
    this.file = file;
    this.in = reader;
    this.separator = separator;
  }

  /**
   * Opens a file (plain or gzip).
   *
   * @param separator {@code ','} or {@code '\t'}
   * @param charset the encoding; malformed input is an error, never replaced
   */
  public static CsvReader open(Path path, char separator, Charset charset) {
    try {
      InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      InputStream data = raw;
      if (b1 == 0x1f && b2 == 0x8b) {
        data = new GZIPInputStream(raw, 1 << 16);
      }
      return new CsvReader(path.getFileName().toString(), new LineDecoder(data, charset), separator);
    } catch (IOException e) {
      throw new DataFileException(path.toString(), 0, "", "", "cannot be read: " + e.getMessage());
    }
  }

  /** Reads from a reader already open (tests, in-memory text). */
  public static CsvReader of(String file, Reader reader, char separator) {
    return new CsvReader(file, reader, separator);
  }

  /** The file name used in messages. */
  public String file() {
    return file;
  }

  /** The physical line on which the record last returned by {@link #next()} starts. */
  public int recordLine() {
    return recordLine;
  }

  /** The next record's fields, or {@code null} at the end of the input. A blank line is an empty record. */
  public List<String> next() {
    try {
      int c = read();
      if (c == -1) {
        return null;
      }
      if (line == 1 && recordLine == 0 && c == '\uFEFF') {
        c = read();
        if (c == -1) {
          return null;
        }
      }
      recordLine = line;
      List<String> fields = new ArrayList<>(width);
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      boolean any = false;
      while (true) {
        if (c == -1) {
          if (quoted) {
            throw new DataFileException(file, recordLine, "", "", "a quoted field is not closed before the end of the file");
          }
          if (any || field.length() > 0) {
            fields.add(field.toString());
          }
          return fields;
        }
        any = true;
        if (quoted) {
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              afterQuote = true;
              c = d;
              continue;
            }
          } else {
            // c is buf[pos - 1]: take the quoted text up to the next quote in one go
            int start = pos - 1;
            int i = pos;
            if (c == '\n') {
              line++;
            }
            while (i < lim && buf[i] != '"') {
              if (buf[i] == '\n') {
                line++;
              }
              i++;
            }
            field.append(buf, start, i - start);
            pos = i;
          }
        } else if (c == separator) {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') {
            pos++;
          }
          line++;
          fields.add(field.toString());
          if (fields.size() == 1 && fields.get(0).isEmpty() && !afterQuote) {
            fields.clear();
          }
          width = Math.max(width, fields.size());
          return fields;
        } else if (afterQuote) {
          throw new DataFileException(file, line, "", String.valueOf((char) c),
              "unexpected text after a closing quote (a quote inside a field must be doubled)");
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else {
          // c is buf[pos - 1], an ordinary character: take the rest of the unquoted field in one go
          int start = pos - 1;
          int i = pos;
          while (i < lim && buf[i] != separator && buf[i] != '\n' && buf[i] != '\r') {
            i++;
          }
          field.append(buf, start, i - start);
          pos = i;
        }
        c = read();
      }
    } catch (LineDecoder.BadBytes e) {
      throw new DataFileException(file, e.line(), "", e.hex(), "bytes that are not valid text in the expected encoding");
    } catch (CharacterCodingException e) {
      throw new DataFileException(file, line, "", "", "bytes that are not valid text in the expected encoding");
    } catch (EOFException e) {
      throw new DataFileException(file, line, "", "", "the compressed file ends early (truncated gzip)");
    } catch (ZipException e) {
      throw new DataFileException(file, line, "", "", "the compressed file is corrupt (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new DataFileException(file, line, "", "", "cannot be read: " + e.getMessage());
    }
  }

  private int read() throws IOException {
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  /** Reads the next block of text into the buffer; {@code false} at the end of the input. */
  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new DataFileException(file, 0, "", "", "cannot be closed: " + e.getMessage());
    }
  }
}

package dev.entente.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * A reader that decodes its input one physical line at a time, strictly, so that a byte sequence that is not valid
 * in the encoding is reported with the line it is on ({@link BadBytes#line()}).
 */
final class LineDecoder extends Reader {

  /** Bytes that are not valid text, on a known line. */
  static final class BadBytes extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String hex;

    BadBytes(int line, String hex) {
      this.line = line;
      this.hex = hex;
    }

    int line() {
      return line;
    }

    /** The offending bytes in hex, e.g. {@code 0xC3}. */
    String hex() {
      return hex;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] lineBytes = new byte[256];
  private CharBuffer current = CharBuffer.allocate(0);
  private int line;
  private boolean eof;

  LineDecoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (!current.hasRemaining() && !nextLine()) {
      return -1;
    }
    int n = Math.min(len, current.remaining());
    current.get(cbuf, off, n);
    return n;
  }

  @Override
  public int read() throws IOException {
    if (!current.hasRemaining() && !nextLine()) {
      return -1;
    }
    return current.get();
  }

  private boolean nextLine() throws IOException {
    if (eof) {
      return false;
    }
    int n = 0;
    while (true) {
      if (pos == limit) {
        limit = in.read(buf);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          break;
        }
      }
      byte b = buf[pos++];
      if (n == lineBytes.length) {
        lineBytes = java.util.Arrays.copyOf(lineBytes, n * 2);
      }
      lineBytes[n++] = b;
      if (b == '\n') {
        break;
      }
    }
    if (n == 0) {
      return false;
    }
    line++;
    decoder.reset();
    ByteBuffer bytes = ByteBuffer.wrap(lineBytes, 0, n);
    CharBuffer chars = CharBuffer.allocate((int) (n * (double) decoder.maxCharsPerByte()) + 1);
    java.nio.charset.CoderResult r = decoder.decode(bytes, chars, true);
    if (!r.isError()) {
      r = decoder.flush(chars);
    }
    if (r.isError()) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < r.length(); i++) {
        hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xff));
      }
      throw new BadBytes(line, hex.toString());
    }
    current = chars.flip();
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

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

    BadBytes(int line) {
      this.line = line;
    }

    int line() {
      return line;
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
    try {
      decoder.reset();
      current = decoder.decode(ByteBuffer.wrap(lineBytes, 0, n));
    } catch (CharacterCodingException e) {
      throw new BadBytes(line);
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

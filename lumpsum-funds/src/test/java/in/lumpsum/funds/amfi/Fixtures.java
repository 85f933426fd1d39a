package in.lumpsum.funds.amfi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the AMFI-format fixtures under {@code src/test/resources/amfi}. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/amfi/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that hands out at most {@code chunk} bytes a read, to cross every buffer boundary. */
  static InputStream trickle(byte[] data, int chunk) {
    return new InputStream() {
      private int pos;

      @Override
      public int read() {
        return pos < data.length ? data[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= data.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, chunk), data.length - pos);
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }
}

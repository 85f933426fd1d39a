package in.lumpsum.store.redis.internal;

import java.io.ByteArrayOutputStream;

/** Variable-length integers (7 bits a byte, low group first) and zig-zag signs, as in protobuf. */
final class Varints {

  private Varints() {}

  static void writeUnsigned(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static void writeSigned(ByteArrayOutputStream out, long v) {
    writeUnsigned(out, (v << 1) ^ (v >> 63));
  }

  /** A cursor over encoded bytes. */
  static final class Reader {
    private final byte[] bytes;
    private int pos;

    Reader(byte[] bytes, int offset) {
      this.bytes = bytes;
      this.pos = offset;
    }

    int readByte() {
      if (pos >= bytes.length) {
        throw new IllegalArgumentException("truncated value at byte " + pos);
      }
      return bytes[pos++] & 0xFF;
    }

    long readUnsigned() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = readByte();
        result |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
      throw new IllegalArgumentException("varint longer than 64 bits at byte " + pos);
    }

    long readSigned() {
      long z = readUnsigned();
      return (z >>> 1) ^ -(z & 1);
    }

    boolean atEnd() {
      return pos == bytes.length;
    }
  }
}

package in.lumpsum.funds.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the text fields of AMFI's files and repairs double-encoded ("mojibake") text.
 *
 * <p>Some AMFI files carry names whose UTF-8 bytes were once decoded as Windows-1252 and encoded to
 * UTF-8 again, so that an en dash reads {@code â€“} and a right quote {@code â€™}. The repair finds each
 * run of non-ASCII characters that Windows-1252 (or, for its five undefined bytes, Latin-1) can encode,
 * turns the run back into those bytes and, when the bytes are valid UTF-8, puts the decoded text in its
 * place, provided it decodes to characters fund names use (Latin letters, Devanagari, punctuation, the
 * rupee sign). A run that is not such a pattern (a genuine {@code ’} or {@code é}) is left alone, so
 * text that was never double-encoded comes through unchanged. Bytes that are not valid UTF-8 at all are read as
 * Windows-1252, the encoding such files were most likely written in.
 */
public final class TextRepair {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final Charset CP1252 = Charset.forName("windows-1252");

  // For each char below 0x2200 that Windows-1252 writes as a byte from 0x80, that byte; else -1.
  private static final short[] TO_CP1252 = new short[0x2200];

  static {
    java.util.Arrays.fill(TO_CP1252, (short) -1);
    CharsetDecoder dec = CP1252.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT)
        .onMalformedInput(CodingErrorAction.REPORT);
    for (int v = 0x80; v <= 0xFF; v++) {
      try {
        char c = dec.decode(ByteBuffer.wrap(new byte[] {(byte) v})).get(0);
        if (c < TO_CP1252.length) {
          TO_CP1252[c] = (short) v;
        }
      } catch (CharacterCodingException undefined) {
        // 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252; a Latin-1 decoder maps them to
        // the C1 control of the same value, so accept that too.
        TO_CP1252[v] = (short) v;
      }
    }
  }

  private TextRepair() {}

  /**
   * Decodes {@code b[from, to)} as UTF-8 (Windows-1252 if it is not valid UTF-8) and repairs
   * double-encoding.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @param ascii whether the caller knows every byte is ASCII
   * @return the text
   */
  public static String decode(byte[] b, int from, int to, boolean ascii) {
    if (ascii) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(b, from, to - from, CP1252);
    }
    return repair(s);
  }

  /**
   * Tells whether every byte of {@code b[from, to)} is ASCII (below 0x80), eight bytes at a time: such
   * text needs neither decoding nor repair.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to one past the last byte
   * @return true when no byte has its high bit set
   */
  public static boolean isAscii(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      if (((long) LONGS.get(b, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Repairs double-encoded runs in a string, as described in the class comment.
   *
   * @param s the text
   * @return the repaired text, or {@code s} itself when there is nothing to repair
   */
  public static String repair(String s) {
    String current = s;
    // Text encoded twice over is repaired one layer per pass; three passes are plenty.
    for (int pass = 0; pass < 3; pass++) {
      String next = repairOnce(current);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String repairOnce(String s) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80 || cp1252(c) < 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && s.charAt(i) >= 0x80 && cp1252(s.charAt(i)) >= 0) {
        i++;
      }
      // A UTF-8 sequence is at least two bytes, and its lead byte is 0xC2..0xF4.
      int lead = cp1252(s.charAt(start));
      if (i - start < 2 || lead < 0xC2 || lead > 0xF4) {
        continue;
      }
      byte[] bytes = new byte[i - start];
      for (int k = start; k < i; k++) {
        bytes[k - start] = (byte) cp1252(s.charAt(k));
      }
      String decoded = strictUtf8(bytes);
      if (decoded == null || !plausible(decoded)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, start).append(decoded);
      copied = i;
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  // What double-encoded text in Indian fund names decodes to: Latin letters, Devanagari, punctuation,
  // currency (the rupee sign), letter-like symbols. A run that would decode to anything else (é followed
  // by two dashes decodes to a CJK character) is genuine text, not mojibake.
  private static boolean plausible(String decoded) {
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      boolean ok = (c >= 0x00A0 && c <= 0x024F) || (c >= 0x0900 && c <= 0x097F)
          || (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF)
          || (c >= 0x2100 && c <= 0x214F);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int cp1252(char c) {
    return c < TO_CP1252.length ? TO_CP1252[c] : -1;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}

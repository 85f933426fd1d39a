package in.lumpsum.store.redis.internal;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compact encodings of the cached values.
 *
 * <p>A {@link NavSeries} is written column-wise as a format byte, its scale, its size, then for each
 * point the zig-zag varint difference from the previous epoch day and from the previous unscaled NAV
 * (the first point from zero). Daily NAVs a day or three apart that move by a few paise take 2 to 4
 * bytes a point (2.25 over the real 1987-2016 histories at 2 decimals), and the series reads back
 * exactly: same dates, same scale, same NAVs.
 */
public final class Codecs {

  private static final int SERIES_FORMAT = 1;
  private static final int CODES_FORMAT = 1;

  /** The cached history of one scheme. */
  public static final ValueCodec<NavSeries> SERIES = new ValueCodec<>() {
    @Override
    public byte[] encode(NavSeries series) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 + series.size() * 4);
      out.write(SERIES_FORMAT);
      out.write(series.scale());
      Varints.writeUnsigned(out, series.size());
      long day = 0;
      long nav = 0;
      for (int i = 0; i < series.size(); i++) {
        long d = series.epochDayAt(i);
        long v = series.unscaledNavAt(i);
        Varints.writeSigned(out, d - day);
        Varints.writeSigned(out, v - nav);
        day = d;
        nav = v;
      }
      return out.toByteArray();
    }

    @Override
    public NavSeries decode(byte[] bytes) {
      Varints.Reader in = new Varints.Reader(bytes, 0);
      int format = in.readByte();
      if (format != SERIES_FORMAT) {
        throw new IllegalArgumentException("unknown NAV series format " + format);
      }
      int scale = in.readByte();
      long size = in.readUnsigned();
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("NAV series size out of range: " + size);
      }
      NavSeries.Builder builder = NavSeries.builder();
      long day = 0;
      long nav = 0;
      for (long i = 0; i < size; i++) {
        day += in.readSigned();
        nav += in.readSigned();
        builder.add(LocalDate.ofEpochDay(day), BigDecimal.valueOf(nav, scale));
      }
      if (!in.atEnd()) {
        throw new IllegalArgumentException("bytes left after " + size + " NAV points");
      }
      // Every NAV was written at the series scale and NavPoint keeps the scale it is given, so the
      // rebuilt series has the encoded scale.
      return builder.build();
    }

    @Override
    public int weigh(NavSeries series) {
      return 64 + 3 * series.size();
    }
  };

  /** A set of scheme codes, ascending: ascending varint differences. */
  public static final ValueCodec<Set<SchemeCode>> CODES = new ValueCodec<>() {
    @Override
    public byte[] encode(Set<SchemeCode> codes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(2 + codes.size() * 3);
      out.write(CODES_FORMAT);
      Varints.writeUnsigned(out, codes.size());
      long last = 0;
      for (SchemeCode code : new TreeSet<>(codes)) {
        Varints.writeUnsigned(out, code.value() - last);
        last = code.value();
      }
      return out.toByteArray();
    }

    @Override
    public Set<SchemeCode> decode(byte[] bytes) {
      Varints.Reader in = new Varints.Reader(bytes, 0);
      int format = in.readByte();
      if (format != CODES_FORMAT) {
        throw new IllegalArgumentException("unknown scheme code set format " + format);
      }
      long size = in.readUnsigned();
      TreeSet<SchemeCode> codes = new TreeSet<>();
      long code = 0;
      for (long i = 0; i < size; i++) {
        code += in.readUnsigned();
        codes.add(SchemeCode.of(Math.toIntExact(code)));
      }
      return Collections.unmodifiableSortedSet(codes);
    }

    @Override
    public int weigh(Set<SchemeCode> codes) {
      return 64 + 32 * codes.size();
    }
  };

  /** A count. */
  public static final ValueCodec<Integer> COUNT = new ValueCodec<>() {
    @Override
    public byte[] encode(Integer value) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(5);
      Varints.writeUnsigned(out, value);
      return out.toByteArray();
    }

    @Override
    public Integer decode(byte[] bytes) {
      Varints.Reader in = new Varints.Reader(bytes, 0);
      long v = in.readUnsigned();
      if (!in.atEnd() || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("not a count");
      }
      return (int) v;
    }

    @Override
    public int weigh(Integer value) {
      return 16;
    }
  };

  private Codecs() {}

  /**
   * Returns the codec of an optional scheme: its JSON through the codec, or no bytes when absent.
   *
   * @param json the JSON codec
   * @return the codec
   */
  public static ValueCodec<Optional<Scheme>> optionalScheme(JsonCodec json) {
    return new ValueCodec<>() {
      @Override
      public byte[] encode(Optional<Scheme> value) {
        return value.map(s -> json.toJson(s).getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
      }

      @Override
      public Optional<Scheme> decode(byte[] bytes) {
        if (bytes.length == 0) {
          return Optional.empty();
        }
        return Optional.of(json.fromJson(new String(bytes, StandardCharsets.UTF_8), Scheme.class));
      }

      @Override
      public int weigh(Optional<Scheme> value) {
        return value.isPresent() ? 1024 : 32;
      }
    };
  }
}

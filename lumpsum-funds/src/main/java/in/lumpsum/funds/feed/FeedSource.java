package in.lumpsum.funds.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the feed gets today's file: a function that opens it, plain or gzip-compressed.
 *
 * <p>A host plugs in its HTTP client here (a lambda that downloads {@code NAVAll.txt}); files and bytes
 * have factories. Each call to {@link #open()} should fetch afresh: the scheduler calls it again on a
 * retry.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FeedSource {

  /**
   * Opens the file; the feed reads the stream to its end and closes it.
   *
   * @return the file's bytes
   * @throws IOException if the file cannot be had now (the scheduler retries)
   */
  InputStream open() throws IOException;

  /**
   * Returns a source reading a file.
   *
   * @param file the file, plain or gzip-compressed
   * @return the source
   */
  static FeedSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return () -> Files.newInputStream(file);
  }

  /**
   * Returns a source handing out bytes held in memory.
   *
   * @param bytes the file's bytes, plain or gzip-compressed; not copied
   * @return the source
   */
  static FeedSource of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return () -> new ByteArrayInputStream(bytes);
  }

  /**
   * Returns a source asking a supplier for the bytes each time, such as an HTTP client's download.
   *
   * @param bytes supplies the file's bytes; an {@link java.io.UncheckedIOException} it throws is
   *     unwrapped into the {@link IOException} it carries
   * @return the source
   */
  static FeedSource fromSupplier(Supplier<byte[]> bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return () -> {
      try {
        return new ByteArrayInputStream(Objects.requireNonNull(bytes.get(), "supplied bytes"));
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    };
  }
}

package in.lumpsum.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the benchmarks read the shared real data: the one setting the tests use too
 * ({@code LUMPSUM_DATA_DIR}, else {@code -Dlumpsum.data.dir}, else {@code ../shared/data} from the
 * working directory, which is the project root when run as the READMEs say).
 */
public final class DataDir {

  private DataDir() {}

  /**
   * Returns the data directory.
   *
   * @return the directory, whether or not it exists
   */
  public static Path path() {
    String env = System.getenv("LUMPSUM_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    String property = System.getProperty("lumpsum.data.dir");
    if (property != null && !property.isBlank()) {
      return Paths.get(property);
    }
    return Paths.get("..", "shared", "data");
  }
}

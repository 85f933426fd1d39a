package in.lumpsum.core.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.opentest4j.TestAbortedException;

/**
 * Locates the real third-party data (AMFI files, NAV histories) that tests read in place.
 *
 * <p>One setting says where it lies: the {@code LUMPSUM_DATA_DIR} environment variable, else the
 * {@code lumpsum.data.dir} system property (the build sets it to {@code ../shared/data} beside the
 * project root), else {@code ../shared/data} from the working directory. The data is never committed.
 *
 * <p>When the directory is absent a test that needs it is skipped with a visible message; under CI
 * ({@code CI=true}) it fails instead, so that CI never passes by skipping.
 */
public final class RealData {

  private RealData() {}

  /**
   * Returns the configured data directory, whether or not it exists.
   *
   * @return the data directory
   */
  public static Path dir() {
    String env = System.getenv("LUMPSUM_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    String prop = System.getProperty("lumpsum.data.dir");
    if (prop != null && !prop.isBlank()) {
      return Paths.get(prop);
    }
    return Paths.get("..", "shared", "data");
  }

  /**
   * Returns a file or folder under the data directory, skipping the calling test (or failing it under
   * CI) when it is not there.
   *
   * @param relative the path under the data directory, such as {@code "amfi-navall-2025-05-26.txt"}
   * @return the existing path
   */
  public static Path require(String relative) {
    Path path = dir().resolve(relative);
    if (Files.exists(path)) {
      return path;
    }
    String message = "Real data not found at " + path.toAbsolutePath().normalize()
        + ": set LUMPSUM_DATA_DIR to the shared data directory";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true: real-data tests must run)");
    }
    System.err.println("SKIPPED (no real data): " + message);
    throw new TestAbortedException(message);
  }
}

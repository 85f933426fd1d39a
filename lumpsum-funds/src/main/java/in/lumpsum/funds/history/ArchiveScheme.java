package in.lumpsum.funds.history;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Objects;

/**
 * One per-scheme file of the 2016 history archive, read: its synthetic scheme code, where it lay in
 * the archive, and its history.
 *
 * @param code the synthetic code {@link NavArchive2016} gave the file (see there for how it is chosen)
 * @param amc the fund-house folder the file lies in, such as {@code HDFCAssetManagementCompanyLimited}
 * @param name the file name: the scheme name without spaces, such as {@code HDFCEquityFundGrowth}
 * @param history the rows read from the file (empty for an empty file), and one problem per row not
 *     read
 * @since 0.1.0
 */
public record ArchiveScheme(SchemeCode code, String amc, String name, ParseResult<NavPoint> history) {

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if a component is null
   */
  public ArchiveScheme {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(amc, "amc");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(history, "history");
  }

  /**
   * Returns the file's path inside the archive.
   *
   * @return {@code mf_nav/<amc>/<name>}
   */
  public String path() {
    return NavArchive2016.ROOT + amc + "/" + name;
  }
}

/**
 * API: readers of per-scheme and per-day NAV history files, and of the 2016 history archive.
 *
 * <p>{@link in.lumpsum.funds.history.NavHistoryFile} reads one scheme's {@code DD/MM/YYYY,nav}
 * history (the utkarshohm/mf-nav-data format), {@link in.lumpsum.funds.history.DailyNavCsv} one
 * day's {@code scheme_code,nav,nav_date} file (the iambalaji-k/Indian-MF-NAV-history format), and
 * {@link in.lumpsum.funds.history.NavArchive2016} streams the whole 2016 {@code tar.xz} archive of
 * the former into a {@link in.lumpsum.core.store.spi.NavStore}. Every reader returns partial success:
 * the rows read plus one {@link in.lumpsum.core.result.Problem} per row that was not.
 */
package in.lumpsum.funds.history;

/**
 * API: net asset values (NAVs) of mutual-fund schemes and compact, immutable series of them.
 *
 * <p>{@link in.lumpsum.core.nav.NavPoint} is one published NAV on one date, at the precision the
 * fund house published. {@link in.lumpsum.core.nav.NavSeries} holds one scheme's history in a few
 * bytes a point and answers date look-ups (exact, on or before, on or after) in logarithmic time;
 * {@link in.lumpsum.core.nav.NavLookup} names the look-up policies, and
 * {@link in.lumpsum.core.nav.NavProvider} is where the NAVs that value holdings come from (a store,
 * or a service that also asks remote sources).
 *
 * @since 0.1.0
 */
package in.lumpsum.core.nav;

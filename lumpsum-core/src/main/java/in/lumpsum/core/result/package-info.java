/**
 * API: partial success as a value. A reader of a file with some bad rows returns a
 * {@link in.lumpsum.core.result.ParseResult}: the values it read plus one
 * {@link in.lumpsum.core.result.Problem} per row (or field) it could not read, so that no row is dropped
 * silently.
 */
package in.lumpsum.core.result;

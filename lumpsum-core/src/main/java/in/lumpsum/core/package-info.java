/**
 * API: the {@link in.lumpsum.core.Lumpsum} entry point and the root of lumpsum's exceptions.
 */
package in.lumpsum.core;

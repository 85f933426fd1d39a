/**
 * Benchmarks of loading the 2016 NAV history archive into the in-memory NAV store: time
 * ({@link in.lumpsum.benchmarks.archive.ArchiveLoadBenchmark}, JMH) and heap bytes a point
 * ({@link in.lumpsum.benchmarks.archive.ArchiveLoad}), each beside its baselines.
 */
package in.lumpsum.benchmarks.archive;

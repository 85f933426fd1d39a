package in.lumpsum.store.redis;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A NAV store that forwards every call, for tests that intercept one. */
class DelegatingNavStore implements NavStore {

  private final NavStore delegate;

  DelegatingNavStore(NavStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    return delegate.upsert(records);
  }

  @Override
  public Optional<NavRecord> exact(SchemeCode scheme, LocalDate date) {
    return delegate.exact(scheme, date);
  }

  @Override
  public Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date) {
    return delegate.onOrBefore(scheme, date);
  }

  @Override
  public Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date) {
    return delegate.onOrAfter(scheme, date);
  }

  @Override
  public List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to) {
    return delegate.range(scheme, from, to);
  }

  @Override
  public NavSeries series(SchemeCode scheme) {
    return delegate.series(scheme);
  }

  @Override
  public Optional<NavRecord> latest(SchemeCode scheme) {
    return delegate.latest(scheme);
  }

  @Override
  public Set<SchemeCode> schemes() {
    return delegate.schemes();
  }

  @Override
  public int count(SchemeCode scheme) {
    return delegate.count(scheme);
  }
}

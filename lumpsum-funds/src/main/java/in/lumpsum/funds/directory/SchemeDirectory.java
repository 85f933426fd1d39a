package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.memory.InMemorySchemeLineageStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.SchemeLineageStore;
import in.lumpsum.core.store.spi.SchemeStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheme master: look-up, search, name lineage and staleness over a {@link SchemeStore}, a
 * {@link NavStore} and a {@link SchemeLineageStore}.
 *
 * <p><b>Identity.</b> A scheme is its AMFI scheme code; its ISINs find it too. AMFI's change of
 * 19 August 2026 took the plan and option words out of every name: the scheme with the same code and
 * ISINs before and after is one scheme, and the change of wording is not a rename
 * ({@link SchemeNames#sameFund(String, String, boolean)}). A real rename keeps the scheme and is
 * recorded here as a {@link NameChange} ({@link #lineage(SchemeCode)}); the daily feed
 * ({@code in.lumpsum.funds.feed.NavFeed}) records them. Lineage is kept in the directory's
 * {@link SchemeLineageStore}: pass a persistent one ({@link #of(SchemeStore, NavStore, StalenessPolicy,
 * SchemeLineageStore)}) for renames to survive a restart; the other factories keep them in memory.
 *
 * <p><b>Search.</b> {@link #search(SchemeQuery)} matches the query's words against each scheme's name,
 * plan and option, forgiving case, punctuation and the words {@code Fund}, {@code Plan},
 * {@code Option}; every query word must match. Hits are ranked: a word equal to a name word scores
 * more than one the name word starts with, which scores more than one found only inside the name's
 * words run together ({@code midcap} in {@code Mid Cap}); then names with fewer words left unmatched
 * rank first; then by name and code. The words of each scheme are computed once and kept until the
 * scheme changes.
 *
 * <p><b>Staleness.</b> {@link #health(SchemeCode, LocalDate)} and {@link #unhealthy(LocalDate)} judge
 * schemes by their latest stored NAV under a {@link StalenessPolicy}.
 *
 * <p>Thread-safe when the stores are.
 *
 * @since 0.1.0
 */
public final class SchemeDirectory {

  private final SchemeStore schemes;
  private final NavStore navs;
  private final StalenessPolicy policy;
  private final SchemeLineageStore lineage;
  private final Map<SchemeCode, Indexed> index = new ConcurrentHashMap<>();

  private SchemeDirectory(SchemeStore schemes, NavStore navs, StalenessPolicy policy,
      SchemeLineageStore lineage) {
    this.schemes = Objects.requireNonNull(schemes, "schemes");
    this.navs = Objects.requireNonNull(navs, "navs");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.lineage = Objects.requireNonNull(lineage, "lineage");
  }

  /**
   * Returns a directory over two stores with the default {@link StalenessPolicy}, keeping lineage in
   * memory.
   *
   * @param schemes the schemes
   * @param navs the NAVs, for staleness
   * @return the directory
   */
  public static SchemeDirectory of(SchemeStore schemes, NavStore navs) {
    return of(schemes, navs, StalenessPolicy.DEFAULT);
  }

  /**
   * Returns a directory over two stores, keeping lineage in memory (a new
   * {@link InMemorySchemeLineageStore}).
   *
   * @param schemes the schemes
   * @param navs the NAVs, for staleness
   * @param policy when a scheme is stale or dead
   * @return the directory
   */
  public static SchemeDirectory of(SchemeStore schemes, NavStore navs, StalenessPolicy policy) {
    return new SchemeDirectory(schemes, navs, policy, new InMemorySchemeLineageStore());
  }

  /**
   * Returns a directory over three stores: renames are recorded in, and read from, {@code lineage},
   * so a directory made later over the same store sees them.
   *
   * @param schemes the schemes
   * @param navs the NAVs, for staleness
   * @param policy when a scheme is stale or dead
   * @param lineage the schemes' renames
   * @return the directory
   * @throws NullPointerException naming the argument if one is null
   * @since 0.2.0
   */
  public static SchemeDirectory of(SchemeStore schemes, NavStore navs, StalenessPolicy policy,
      SchemeLineageStore lineage) {
    return new SchemeDirectory(schemes, navs, policy, lineage);
  }

  /**
   * Returns the staleness policy.
   *
   * @return the policy
   */
  public StalenessPolicy policy() {
    return policy;
  }

  /**
   * Returns the number of schemes.
   *
   * @return the count in the store
   */
  public int size() {
    return schemes.count();
  }

  /**
   * Finds a scheme by code.
   *
   * @param code the AMFI scheme code
   * @return the scheme, or empty
   */
  public Optional<Scheme> find(SchemeCode code) {
    return schemes.find(Objects.requireNonNull(code, "code"));
  }

  /**
   * Finds a scheme by either of its ISINs (growth/payout or reinvestment).
   *
   * @param isin the ISIN
   * @return the scheme, or empty
   */
  public Optional<Scheme> findByIsin(Isin isin) {
    return schemes.findByIsin(Objects.requireNonNull(isin, "isin"));
  }

  /**
   * Finds a scheme by a code or an ISIN written as text, such as {@code "119551"} or
   * {@code "INF209KA12Z1"}.
   *
   * @param codeOrIsin digits for a scheme code, else an ISIN (surrounding spaces and case ignored)
   * @return the scheme, or empty when none has that code or ISIN
   * @throws in.lumpsum.core.InvalidValueException if the text is neither a scheme code nor a valid
   *     ISIN
   */
  public Optional<Scheme> lookup(String codeOrIsin) {
    String t = Objects.requireNonNull(codeOrIsin, "codeOrIsin").trim();
    if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return find(SchemeCode.parse(t));
    }
    return findByIsin(Isin.parse(t));
  }

  /**
   * Searches schemes by words in the name and filters, best first.
   *
   * @param query the words and filters
   * @return at most {@link SchemeQuery#limit()} hits, best first
   */
  public List<SearchHit> search(SchemeQuery query) {
    Objects.requireNonNull(query, "query");
    List<String> words = SchemeNames.words(query.text());
    List<String> amcWords = query.amc().map(SchemeNames::words).orElse(List.of());
    List<SearchHit> hits = new ArrayList<>();
    for (Scheme s : schemes.all()) {
      if (query.category().isPresent() && !query.category().equals(s.category())
          || query.plan().isPresent() && query.plan().get() != s.plan()
          || query.option().isPresent() && query.option().get() != s.option().type()) {
        continue;
      }
      Indexed ix = indexed(s);
      if (!amcWords.isEmpty() && !containsAll(ix.amcWords, amcWords)) {
        continue;
      }
      int score = ix.score(words);
      if (score > Integer.MIN_VALUE) {
        hits.add(new SearchHit(s, score));
      }
    }
    hits.sort(Comparator.comparingInt(SearchHit::score).reversed()
        .thenComparing(h -> h.scheme().name())
        .thenComparing(h -> h.scheme().code()));
    return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
  }

  /**
   * Records a rename in a scheme's lineage, in the directory's {@link SchemeLineageStore}. Recording an
   * equal rename again changes nothing.
   *
   * @param change the rename
   * @throws in.lumpsum.core.store.StoreException if the lineage store fails
   */
  public void recordNameChange(NameChange change) {
    Objects.requireNonNull(change, "change");
    lineage.record(change.toRename());
  }

  /**
   * Returns a scheme's renames, oldest first: by date, then in the order recorded.
   *
   * @param code the scheme code
   * @return the renames recorded, empty when none
   * @throws in.lumpsum.core.store.StoreException if the lineage store fails
   */
  public List<NameChange> lineage(SchemeCode code) {
    return toNameChanges(lineage.lineage(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns every rename recorded, by scheme code, then date, then the order recorded.
   *
   * @return the renames
   * @throws in.lumpsum.core.store.StoreException if the lineage store fails
   */
  public List<NameChange> allNameChanges() {
    return toNameChanges(lineage.all());
  }

  private static List<NameChange> toNameChanges(List<SchemeRename> renames) {
    List<NameChange> out = new ArrayList<>(renames.size());
    for (SchemeRename r : renames) {
      out.add(NameChange.of(r));
    }
    return List.copyOf(out);
  }

  /**
   * Judges whether a scheme still publishes NAVs.
   *
   * @param code the scheme code
   * @param asOf the day to judge on
   * @return the scheme's health, or empty when the scheme is unknown
   */
  public Optional<SchemeHealth> health(SchemeCode code, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return find(code).map(s -> health(s, navs.latest(s.code()), asOf));
  }

  /**
   * Returns every scheme that is not {@link SchemeStatus#ACTIVE} on a day: stale, dead, or without any
   * NAV, in code order.
   *
   * @param asOf the day to judge on
   * @return the schemes and their health
   */
  public List<SchemeHealth> unhealthy(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<SchemeHealth> out = new ArrayList<>();
    for (Scheme s : schemes.all()) {
      SchemeHealth h = health(s, navs.latest(s.code()), asOf);
      if (h.status() != SchemeStatus.ACTIVE) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparing(h -> h.scheme().code()));
    return List.copyOf(out);
  }

  private SchemeHealth health(Scheme s, Optional<NavRecord> latest, LocalDate asOf) {
    if (latest.isEmpty()) {
      return new SchemeHealth(s, Optional.empty(), 0, SchemeStatus.NO_NAV);
    }
    LocalDate last = latest.get().date();
    return new SchemeHealth(s, Optional.of(last), policy.businessDaysBetween(last, asOf),
        policy.statusOf(last, asOf));
  }

  private Indexed indexed(Scheme s) {
    Indexed ix = index.get(s.code());
    if (ix == null || (ix.scheme != s && !ix.scheme.equals(s))) {
      ix = new Indexed(s);
      index.put(s.code(), ix);
    }
    return ix;
  }

  private static boolean containsAll(List<String> have, List<String> want) {
    for (String w : want) {
      boolean found = false;
      for (String h : have) {
        if (h.startsWith(w)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** A scheme's search words, computed once. */
  private static final class Indexed {
    final Scheme scheme;
    final List<String> nameWords;
    final String joined;
    final List<String> extraWords;
    final List<String> amcWords;

    Indexed(Scheme s) {
      this.scheme = s;
      this.nameWords = SchemeNames.words(s.name());
      this.joined = String.join("", nameWords);
      this.amcWords = SchemeNames.words(s.amc().name());
      List<String> extra = new ArrayList<>();
      extra.add(s.plan().name().toLowerCase(Locale.ROOT));
      OptionType t = s.option().type();
      switch (t) {
        case GROWTH -> extra.add("growth");
        case BONUS -> extra.add("bonus");
        case IDCW_PAYOUT -> extra.addAll(List.of("idcw", "dividend", "payout"));
        case IDCW_REINVESTMENT -> extra.addAll(List.of("idcw", "dividend", "reinvestment"));
        default -> { }
      }
      IdcwFrequency f = s.option().frequency();
      if (f != IdcwFrequency.NONE && f != IdcwFrequency.UNSPECIFIED) {
        extra.addAll(List.of(f.name().toLowerCase(Locale.ROOT).split("_")));
      }
      this.extraWords = extra;
    }

    /** The score, or {@code Integer.MIN_VALUE} when a query word matches nothing. */
    int score(List<String> query) {
      int score = 0;
      int matchedNameWords = 0;
      for (String q : query) {
        int best = 0;
        for (String w : nameWords) {
          if (w.equals(q)) {
            best = 4;
            break;
          }
          if (best < 2 && w.startsWith(q)) {
            best = 2;
          }
        }
        if (best >= 2) {
          matchedNameWords++;
        }
        if (best < 3 && extraWords.contains(q)) {
          best = 3;
        }
        if (best == 0 && q.length() >= 2 && joined.contains(q)) {
          best = 1;
        }
        if (best == 0) {
          return Integer.MIN_VALUE;
        }
        score += best;
      }
      int unmatched = Math.max(0, nameWords.size() - matchedNameWords);
      return score * 100 - unmatched;
    }
  }
}

package in.lumpsum.store.jdbc;

import in.lumpsum.core.store.Stores;
import in.lumpsum.store.jdbc.internal.Names;
import in.lumpsum.store.jdbc.internal.PiiCipher;
import in.lumpsum.store.jdbc.internal.Sql;
import in.lumpsum.store.jdbc.spi.KeyProvider;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Every lumpsum store on PostgreSQL, over a {@link DataSource} the host supplies (with whatever pool
 * and driver it likes), wired like this:
 *
 * <pre>{@code
 * JdbcStores jdbc = JdbcStores.builder(dataSource)
 *     .schema("lumpsum")                 // default "lumpsum"
 *     .tablePrefix("ls_")                // default "ls_"
 *     .keyProvider(myKeyProvider)        // encrypts PAN, e-mail, folio numbers
 *     .build();                          // applies the SQL scripts unless migrate(false)
 * Stores stores = jdbc.stores();
 * SchemeLineageStore lineage = jdbc.lineage();   // not in Stores: pass it to SchemeDirectory
 * }</pre>
 *
 * <p>Immutable and thread-safe; the stores are too. Instances in several processes may share one
 * database: writes are transactional and portfolio writes are compare-and-set on a version.
 *
 * @since 0.1.0
 */
public final class JdbcStores {

  private final JdbcMigrator migrator;
  private final JdbcSchemeStore schemes;
  private final JdbcNavStore navs;
  private final JdbcPortfolioStore portfolios;
  private final JdbcGoalStore goals;
  private final JdbcInvestorStore investors;
  private final JdbcSchemeLineageStore lineage;

  private JdbcStores(Builder b) {
    Names names = new Names(b.schema, b.tablePrefix);
    Sql sql = new Sql(b.dataSource, names);
    PiiCipher cipher = new PiiCipher(b.keyProvider);
    this.migrator = JdbcMigrator.of(b.dataSource, names);
    this.schemes = new JdbcSchemeStore(sql);
    this.navs = new JdbcNavStore(sql, b.bulkChunkRows);
    this.portfolios = new JdbcPortfolioStore(sql, cipher);
    this.goals = new JdbcGoalStore(sql, cipher);
    this.investors = new JdbcInvestorStore(sql, cipher);
    this.lineage = new JdbcSchemeLineageStore(sql);
  }

  /**
   * Returns a builder for stores on a data source.
   *
   * @param dataSource the host's data source, pooled or not
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Returns the five stores as lumpsum-core's bundle.
   *
   * @return the stores
   */
  public Stores stores() {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }

  /**
   * Returns the scheme store.
   *
   * @return the scheme store
   */
  public JdbcSchemeStore schemes() {
    return schemes;
  }

  /**
   * Returns the NAV store, with its bulk loader.
   *
   * @return the NAV store
   */
  public JdbcNavStore navs() {
    return navs;
  }

  /**
   * Returns the portfolio store.
   *
   * @return the portfolio store
   */
  public JdbcPortfolioStore portfolios() {
    return portfolios;
  }

  /**
   * Returns the goal store.
   *
   * @return the goal store
   */
  public JdbcGoalStore goals() {
    return goals;
  }

  /**
   * Returns the investor store.
   *
   * @return the investor store
   */
  public JdbcInvestorStore investors() {
    return investors;
  }

  /**
   * Returns the store of schemes' renames. It is not part of {@link #stores()} (lumpsum-core's
   * {@link Stores} bundle holds five stores); hand it to the scheme directory or NAV feed of
   * lumpsum-funds so that lineage survives a restart.
   *
   * @return the lineage store
   * @since 0.2.0
   */
  public JdbcSchemeLineageStore lineage() {
    return lineage;
  }

  /**
   * Returns the migrator of this schema, to check its version or render the scripts.
   *
   * @return the migrator
   */
  public JdbcMigrator migrator() {
    return migrator;
  }

  @Override
  public String toString() {
    return "JdbcStores{" + migrator + "}";
  }

  /** Configures {@link JdbcStores}; not thread-safe. */
  public static final class Builder {

    private final DataSource dataSource;
    private String schema = "lumpsum";
    private String tablePrefix = "ls_";
    private KeyProvider keyProvider;
    private boolean migrate = true;
    private int bulkChunkRows = JdbcNavStore.DEFAULT_CHUNK_ROWS;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the schema holding the tables.
     *
     * @param schema a plain identifier matching {@code [a-z_][a-z0-9_]{0,39}}; default {@code lumpsum}
     * @return this builder
     */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Sets the prefix of every table name.
     *
     * @param tablePrefix empty or matching {@code [a-z_][a-z0-9_]{0,19}}; default {@code ls_}
     * @return this builder
     */
    public Builder tablePrefix(String tablePrefix) {
      this.tablePrefix = Objects.requireNonNull(tablePrefix, "tablePrefix");
      return this;
    }

    /**
     * Sets the provider of the keys that encrypt personal data. Required.
     *
     * @param keyProvider the provider
     * @return this builder
     */
    public Builder keyProvider(KeyProvider keyProvider) {
      this.keyProvider = Objects.requireNonNull(keyProvider, "keyProvider");
      return this;
    }

    /**
     * Sets whether {@link #build()} applies the shipped SQL scripts (under an advisory lock). Turn it
     * off when the host runs the scripts with its own tool.
     *
     * @param migrate true (the default) to migrate on build
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Sets how many rows a bulk load commits at a time.
     *
     * @param rows 1,000 or more; default 500,000
     * @return this builder
     */
    public Builder bulkChunkRows(int rows) {
      if (rows < 1_000) {
        throw new IllegalArgumentException("bulkChunkRows: must be at least 1000 (got " + rows + ")");
      }
      this.bulkChunkRows = rows;
      return this;
    }

    /**
     * Builds the stores, migrating the schema first unless told not to.
     *
     * @return the stores
     * @throws IllegalStateException if no key provider was set
     * @throws IllegalArgumentException if the schema or prefix is not a plain identifier
     * @throws in.lumpsum.core.store.StoreException if migrating fails
     */
    public JdbcStores build() {
      if (keyProvider == null) {
        throw new IllegalStateException("keyProvider: required, to encrypt personal data at rest");
      }
      JdbcStores stores = new JdbcStores(this);
      if (migrate) {
        stores.migrator.migrate();
      }
      return stores;
    }
  }
}

package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SebiCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of the {@link SchemeDirectory}: words to find in the name, and filters.
 *
 * <p>Start with {@link #of(String)} and narrow with the {@code with*} methods, each returning a new
 * query. The text is read by {@link SchemeNames#words(String)}: case, punctuation and the words
 * {@code Fund}, {@code Plan}, {@code Option} do not matter; every remaining word must match a word of
 * the scheme's name, plan or option (exactly, as a prefix, or inside the name's words run together). An
 * empty text matches every scheme the filters let through.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemeQuery {

  /** The default number of hits returned. */
  public static final int DEFAULT_LIMIT = 20;

  private final String text;
  private final String amc;
  private final SebiCategory category;
  private final Plan plan;
  private final OptionType option;
  private final int limit;

  private SchemeQuery(String text, String amc, SebiCategory category, Plan plan, OptionType option,
      int limit) {
    this.text = text;
    this.amc = amc;
    this.category = category;
    this.plan = plan;
    this.option = option;
    this.limit = limit;
  }

  /**
   * Returns a query for words in the name, with no filter and the default limit.
   *
   * @param text the words, such as {@code "parag parikh flexi cap"}; may be empty
   * @return the query
   */
  public static SchemeQuery of(String text) {
    return new SchemeQuery(Objects.requireNonNull(text, "text"), null, null, null, null, DEFAULT_LIMIT);
  }

  /**
   * Returns this query keeping only the schemes of fund houses whose name holds these words
   * ({@code "hdfc"} matches {@code HDFC Mutual Fund}).
   *
   * @param amc words of the fund house's name
   * @return the query
   */
  public SchemeQuery withAmc(String amc) {
    return new SchemeQuery(text, Objects.requireNonNull(amc, "amc"), category, plan, option, limit);
  }

  /**
   * Returns this query keeping only schemes of a SEBI category.
   *
   * @param category the category
   * @return the query
   */
  public SchemeQuery withCategory(SebiCategory category) {
    return new SchemeQuery(text, amc, Objects.requireNonNull(category, "category"), plan, option, limit);
  }

  /**
   * Returns this query keeping only schemes of a plan.
   *
   * @param plan direct or regular
   * @return the query
   */
  public SchemeQuery withPlan(Plan plan) {
    return new SchemeQuery(text, amc, category, Objects.requireNonNull(plan, "plan"), option, limit);
  }

  /**
   * Returns this query keeping only schemes of an option type.
   *
   * @param option growth, IDCW payout or reinvestment, or bonus
   * @return the query
   */
  public SchemeQuery withOption(OptionType option) {
    return new SchemeQuery(text, amc, category, plan, Objects.requireNonNull(option, "option"), limit);
  }

  /**
   * Returns this query with another limit on the hits returned.
   *
   * @param limit the most hits to return; at least 1
   * @return the query
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public SchemeQuery withLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1 (got " + limit + ")");
    }
    return new SchemeQuery(text, amc, category, plan, option, limit);
  }

  /**
   * Returns the words to find.
   *
   * @return the text as given
   */
  public String text() {
    return text;
  }

  /**
   * Returns the fund-house filter.
   *
   * @return words of the fund house's name, or empty for any
   */
  public Optional<String> amc() {
    return Optional.ofNullable(amc);
  }

  /**
   * Returns the category filter.
   *
   * @return the category, or empty for any
   */
  public Optional<SebiCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns the plan filter.
   *
   * @return the plan, or empty for any
   */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns the option filter.
   *
   * @return the option type, or empty for any
   */
  public Optional<OptionType> option() {
    return Optional.ofNullable(option);
  }

  /**
   * Returns the most hits to return.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "SchemeQuery[text=" + text + ", amc=" + amc + ", category=" + category + ", plan=" + plan
        + ", option=" + option + ", limit=" + limit + "]";
  }
}

package in.lumpsum.store.jdbc.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema name and table prefix, checked to be plain lower-case SQL identifiers so that they can be
 * written into SQL text (identifiers cannot be bind parameters); every other value is bound.
 *
 * @param schema the schema name
 * @param prefix the table-name prefix, possibly empty
 */
public record Names(String schema, String prefix) {

  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,39}");
  private static final Pattern PREFIX = Pattern.compile("([a-z_][a-z0-9_]{0,19})?");

  /**
   * Checks the names.
   *
   * @throws IllegalArgumentException naming the argument if one is not a plain identifier
   */
  public Names {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(prefix, "prefix");
    if (!SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema: must match [a-z_][a-z0-9_]{0,39} (got '"
          + printable(schema) + "')");
    }
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("tablePrefix: must be empty or match [a-z_][a-z0-9_]{0,19}"
          + " (got '" + printable(prefix) + "')");
    }
  }

  /**
   * Returns the quoted, schema-qualified name of a table.
   *
   * @param table the table's name without prefix, such as {@code nav}
   * @return such as {@code "lumpsum"."ls_nav"}
   */
  public String table(String table) {
    return '"' + schema + "\".\"" + prefix + table + '"';
  }

  /**
   * Substitutes the {@code ${schema}} and {@code ${prefix}} placeholders of a script.
   *
   * @param script the script text
   * @return the script for these names
   */
  public String render(String script) {
    return script.replace("${schema}", schema).replace("${prefix}", prefix);
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}

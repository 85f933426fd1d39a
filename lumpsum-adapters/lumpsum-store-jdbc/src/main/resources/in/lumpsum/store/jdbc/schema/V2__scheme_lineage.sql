-- lumpsum-store-jdbc schema, version 2: schemes' name lineage (SchemeLineageStore, lumpsum-core 0.2.0).
--
-- Placeholders and conventions as in V1__stores.sql: ${schema} the schema name, ${prefix} the
-- table-name prefix (may be empty), both plain lower-case identifiers checked before substitution.

-- One row per rename of a scheme that kept its AMFI code. id is the order recorded: a scheme's lineage
-- is read by rename_date, then id. The unique key makes recording idempotent (INSERT ... ON CONFLICT
-- DO NOTHING) and is the index of the per-scheme look-up (WHERE scheme = ? ORDER BY rename_date, id).
CREATE TABLE "${schema}"."${prefix}scheme_rename" (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme       integer NOT NULL,
  old_name     text NOT NULL,
  new_name     text NOT NULL,
  rename_date  date NOT NULL,
  CHECK (old_name <> new_name),
  UNIQUE (scheme, rename_date, old_name, new_name)
);

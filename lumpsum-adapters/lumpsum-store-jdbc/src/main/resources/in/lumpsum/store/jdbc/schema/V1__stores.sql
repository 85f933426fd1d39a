-- lumpsum-store-jdbc schema, version 1: every store of lumpsum-core.
--
-- Placeholders, substituted by JdbcMigrator (or by the host's own tool, e.g. Flyway placeholders):
--   ${schema}  the schema name   ${prefix}  the table-name prefix (may be empty)
-- Both are plain lower-case identifiers ([a-z_][a-z0-9_]*), checked before substitution.
-- Ids are compared byte-wise (COLLATE "C") so that SQL ordering matches Java's String order.
-- Columns named *_enc hold AES-GCM ciphertext written by the adapter (key id inside the value).
-- Documents (doc, *_enc) are lumpsum's JSON (in.lumpsum.core.json.JsonCodec).

CREATE SCHEMA IF NOT EXISTS "${schema}";

-- The scheme master: one row per AMFI scheme code; doc is the Scheme as lumpsum JSON.
CREATE TABLE "${schema}"."${prefix}scheme" (
  code         integer PRIMARY KEY,
  name         text NOT NULL,
  amc          text NOT NULL,
  isin_growth  text COLLATE "C",
  isin_reinv   text COLLATE "C",
  doc          text NOT NULL
);
CREATE INDEX "${prefix}scheme_isin_growth_idx" ON "${schema}"."${prefix}scheme" (isin_growth);
CREATE INDEX "${prefix}scheme_isin_reinv_idx" ON "${schema}"."${prefix}scheme" (isin_reinv);

-- NAV history: the primary key (scheme, nav_date) is the on-or-before index
-- (WHERE scheme = ? AND nav_date <= ? ORDER BY nav_date DESC LIMIT 1 is one index probe).
-- NAVs have at most 8 decimals (in.lumpsum.core.money.Nav.MAX_SCALE).
CREATE TABLE "${schema}"."${prefix}nav" (
  scheme    integer NOT NULL,
  nav_date  date    NOT NULL,
  nav       numeric(24, 8) NOT NULL CHECK (nav > 0),
  PRIMARY KEY (scheme, nav_date)
);

-- One row per correction: a stored NAV replaced by a different value.
CREATE TABLE "${schema}"."${prefix}nav_revision" (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme      integer NOT NULL,
  nav_date    date    NOT NULL,
  old_nav     numeric(24, 8) NOT NULL,
  new_nav     numeric(24, 8) NOT NULL,
  revised_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX "${prefix}nav_revision_key_idx" ON "${schema}"."${prefix}nav_revision" (scheme, nav_date);

-- Investors. doc_enc is the investor (without the advisor, kept in advisor_id) as encrypted JSON;
-- roles is plain text so that listing by role needs no decryption.
CREATE TABLE "${schema}"."${prefix}investor" (
  id          text COLLATE "C" PRIMARY KEY,
  roles       text[] NOT NULL,
  advisor_id  text COLLATE "C" REFERENCES "${schema}"."${prefix}investor" (id) ON DELETE SET NULL,
  doc_enc     bytea NOT NULL
);
CREATE INDEX "${prefix}investor_advisor_idx" ON "${schema}"."${prefix}investor" (advisor_id);

-- Profiles hold the PAN: the whole profile is encrypted.
CREATE TABLE "${schema}"."${prefix}investor_profile" (
  investor_id  text COLLATE "C" PRIMARY KEY
               REFERENCES "${schema}"."${prefix}investor" (id) ON DELETE CASCADE,
  doc_enc      bytea NOT NULL
);

-- Goals link holdings, and so folio numbers: the goal is encrypted; owner and date stay plain for
-- scoping and ordering.
CREATE TABLE "${schema}"."${prefix}goal" (
  id           text COLLATE "C" PRIMARY KEY,
  investor_id  text COLLATE "C" NOT NULL,
  target_date  date NOT NULL,
  doc_enc      bytea NOT NULL
);
CREATE INDEX "${prefix}goal_investor_idx" ON "${schema}"."${prefix}goal" (investor_id, target_date, id);

-- Portfolios: version is the optimistic-concurrency counter (0 when created, +1 per write).
CREATE TABLE "${schema}"."${prefix}portfolio" (
  id        text COLLATE "C" PRIMARY KEY,
  owner_id  text COLLATE "C" NOT NULL,
  name      text NOT NULL,
  version   bigint NOT NULL CHECK (version >= 0)
);
CREATE INDEX "${prefix}portfolio_owner_idx" ON "${schema}"."${prefix}portfolio" (owner_id, id);

-- Transactions in portfolio order (seq). The folio number is personal data and is encrypted; the rest
-- of the transaction is plain, so that reading a portfolio needs one decryption per transaction.
-- Amounts as in lumpsum-core: rupees 2 decimals, units 3, NAV up to 8.
CREATE TABLE "${schema}"."${prefix}transaction" (
  portfolio_id  text COLLATE "C" NOT NULL
                REFERENCES "${schema}"."${prefix}portfolio" (id) ON DELETE CASCADE,
  seq           integer NOT NULL,
  tx_id         text COLLATE "C" NOT NULL,
  scheme        integer NOT NULL,
  amc           text NOT NULL,
  folio_enc     bytea NOT NULL,
  type          text NOT NULL,
  trade_date    date NOT NULL,
  amount        numeric(20, 2) NOT NULL,
  units         numeric(24, 3) NOT NULL,
  nav           numeric(24, 8),
  reverses      text COLLATE "C",
  description   text,
  PRIMARY KEY (portfolio_id, seq),
  UNIQUE (portfolio_id, tx_id)
);

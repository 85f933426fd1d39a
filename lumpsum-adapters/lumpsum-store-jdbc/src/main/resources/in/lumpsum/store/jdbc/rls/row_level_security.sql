-- Optional row-level security for lumpsum-store-jdbc. Not applied by JdbcMigrator: a host that wants
-- the database itself to enforce investor isolation runs it (as the tables' owner) after migrating.
--
-- Placeholders as in the versioned scripts: ${schema}, ${prefix}.
--
-- How it works (PostgreSQL 15 manual, chapter 5.8 "Row Security Policies"):
--  * The application connects as a role that neither owns the tables nor is a superuser, nor has
--    BYPASSRLS: owners and superusers bypass these policies, so a test run as them proves nothing.
--  * Each transaction (or session) names the acting investor:
--        SELECT set_config('lumpsum.investor', '<investor id>', true);
--    An investor sees their own rows; an advisor also sees the rows of investors assigned to them.
--    With the setting unset, no row of these tables is visible.
--  * The scheme master, its lineage (scheme_rename) and NAV history are public data and stay without
--    policies.

ALTER TABLE "${schema}"."${prefix}investor" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "${prefix}investor_self_or_client" ON "${schema}"."${prefix}investor"
  USING (id = current_setting('lumpsum.investor', true)
         OR advisor_id = current_setting('lumpsum.investor', true));

ALTER TABLE "${schema}"."${prefix}investor_profile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "${prefix}investor_profile_visible" ON "${schema}"."${prefix}investor_profile"
  USING (EXISTS (SELECT 1 FROM "${schema}"."${prefix}investor" i WHERE i.id = investor_id));

ALTER TABLE "${schema}"."${prefix}portfolio" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "${prefix}portfolio_owner_or_advisor" ON "${schema}"."${prefix}portfolio"
  USING (owner_id = current_setting('lumpsum.investor', true)
         OR EXISTS (SELECT 1 FROM "${schema}"."${prefix}investor" i
                    WHERE i.id = owner_id AND i.advisor_id = current_setting('lumpsum.investor', true)));

ALTER TABLE "${schema}"."${prefix}transaction" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "${prefix}transaction_of_visible_portfolio" ON "${schema}"."${prefix}transaction"
  USING (EXISTS (SELECT 1 FROM "${schema}"."${prefix}portfolio" p WHERE p.id = portfolio_id));

ALTER TABLE "${schema}"."${prefix}goal" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "${prefix}goal_owner_or_advisor" ON "${schema}"."${prefix}goal"
  USING (investor_id = current_setting('lumpsum.investor', true)
         OR EXISTS (SELECT 1 FROM "${schema}"."${prefix}investor" i
                    WHERE i.id = investor_id AND i.advisor_id = current_setting('lumpsum.investor', true)));

-- The theme taxonomy becomes editable in the app (jp.shinko.compare).
-- A theme is retired rather than deleted: codes stay resolvable for old overrides and audit
-- entries, and a theme still chosen by a project's current override cannot be retired.
ALTER TABLE themes ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;

-- Since this version, theme overrides and taxonomy edits are recorded in audit_entries (V3) in
-- the transaction of the change: who, when, old -> new, and the reason if one was given. The
-- decided_by / decided_at / old_themes columns of theme_overrides (V20) stay as the decision's own
-- data, shown beside a project's themes; the audit trail is the record to consult and export.

-- Publication (jp.shinko.store): which rows the public sees. A document's list is published as it
-- is imported; the annual round (V3) adds draft year records, and projects registered during the
-- round, that stay out of public pages, search, exports and the API until the coordinator
-- publishes the year. Readers of published data filter on these columns; the round's own pages
-- read everything.
ALTER TABLE year_records ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE projects ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;

-- Rounds opened before this migration: their records are drafts until published.
UPDATE year_records SET published = FALSE
WHERE id IN (SELECT e.year_record_id FROM round_entries e JOIN rounds r ON r.id = e.round_id
             WHERE r.status = 'OPEN');
UPDATE projects SET published = FALSE
WHERE id IN (SELECT y.project_id FROM year_records y
             JOIN round_entries e ON e.year_record_id = y.id
             JOIN rounds r ON r.id = e.round_id
             WHERE r.status = 'OPEN' AND e.carry_note = 'NEW_PROJECT');

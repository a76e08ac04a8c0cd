-- The annual round (jp.shinko.cycle): a rename or the end of a project decided in a round is
-- kept with the round's record and applied to the project when the year is published, so the
-- public sees the project as last published until then (see V22).
ALTER TABLE round_entries ADD COLUMN new_name VARCHAR;
ALTER TABLE round_entries ADD COLUMN new_period_end INTEGER;

-- Public pages (jp.shinko.store): the name under which a year's list printed a project, so that
-- 名称変更 is told from the years (its name in N differs from N-1) rather than from having a
-- former name. NULL: the project's current name. A rename published by the annual round writes
-- the old name into the project's earlier years (ProjectEdits.rename).
ALTER TABLE year_records ADD COLUMN listed_name VARCHAR;

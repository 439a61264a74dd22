-- Version 3: the category filter inside the search indexes.
-- Ranking takes the newest matches of a broad word within one category
-- by walking (category, id) backwards, testing only that category's rows
-- instead of every paragraph; the index on category alone is a prefix of
-- it. Every tsvector carries its category as a lexeme without position
-- ('§plan'), so for a narrower word the GIN index alone picks the
-- category's matches and only those heap rows are read.
CREATE INDEX paragraphs_category_id ON paragraphs(category, id);
DROP INDEX paragraphs_category;
UPDATE paragraphs SET tsv = tsv || array_to_tsvector(ARRAY['§' || category]);
-- The update wrote a new version of every row; rewrite the table in id
-- order, as inserts leave it, since ranking walks and count estimates
-- take physical order to follow ingest order (and the table would
-- otherwise stay twice its size).
CLUSTER paragraphs USING paragraphs_pkey;
ANALYZE paragraphs;

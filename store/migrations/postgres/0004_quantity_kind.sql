-- Quantities carry their kind (count, money, percent, fraction, multiple …),
-- the upper end of a range and the base of a per-unit phrase (每亩850元 →
-- 亩), so an export row is read right on its own: 850 元 per 亩, not 850 元.
-- Rows stored before this version keep empty values.
ALTER TABLE quantities ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE quantities ADD COLUMN max_value DOUBLE PRECISION;
ALTER TABLE quantities ADD COLUMN per TEXT NOT NULL DEFAULT '';

-- Catalogue search by code or name, ignoring case and accents: the service writes the folded text of each entry.
-- Entries already there get the same folding here (Portuguese accents), so that they are found before their next change.
ALTER TABLE catalog_department ADD COLUMN search_text text;
ALTER TABLE catalog_provider ADD COLUMN search_text text;
ALTER TABLE catalog_category ADD COLUMN search_text text;
ALTER TABLE catalog_problem_code ADD COLUMN search_text text;

UPDATE catalog_department SET search_text = translate(lower(code || ' ' || name), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc');
UPDATE catalog_provider SET search_text = translate(lower(code || ' ' || name), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc');
UPDATE catalog_category SET search_text = translate(lower(code || ' ' || name), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc');
UPDATE catalog_problem_code SET search_text = translate(lower(code || ' ' || name), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc');

ALTER TABLE catalog_department ALTER COLUMN search_text SET NOT NULL;
ALTER TABLE catalog_provider ALTER COLUMN search_text SET NOT NULL;
ALTER TABLE catalog_category ALTER COLUMN search_text SET NOT NULL;
ALTER TABLE catalog_problem_code ALTER COLUMN search_text SET NOT NULL;

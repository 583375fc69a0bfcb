-- The title's words alone: the articles naming the searched words in their title are always among the candidates that
-- are ranked, however many articles mention the words in their text.
ALTER TABLE article ADD COLUMN title_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('pt_folded'::regconfig, title)) STORED;

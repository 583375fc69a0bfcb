-- Articles of the knowledge base, their revisions, the feedback agents give and the usage read from intake's events.
-- The text-search helpers (unaccent, pg_trgm) are installed into this schema by the superuser (deploy/postgres/init.sql).

-- unaccent() is only STABLE (it reads its dictionary by name); with the dictionary named, it never changes for a
-- given text, which lets it appear in generated columns and index expressions.
CREATE FUNCTION folded(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(knowledge.unaccent('knowledge.unaccent'::regdictionary, input)) $$;

-- Portuguese stemming of accent-free words: "Refrigeração", "refrigeracao" and "REFRIGERAÇÃO" meet.
CREATE TEXT SEARCH CONFIGURATION pt_folded (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION pt_folded
    ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart
    WITH unaccent, portuguese_stem;

CREATE TABLE article (
    id                uuid PRIMARY KEY,
    kind              text        NOT NULL CHECK (kind IN ('CALL_SCRIPT', 'PHONE_DIRECTORY', 'EXTERNAL_LINK', 'ARTICLE_LINK', 'ANSWER')),
    status            text        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    title             text        NOT NULL,
    body              text        NOT NULL,
    steps             jsonb       NOT NULL,
    phones            jsonb       NOT NULL,
    url               text,
    target_article_id uuid        REFERENCES article (id),
    tags              jsonb       NOT NULL,
    problem_codes     jsonb       NOT NULL,
    categories        jsonb       NOT NULL,
    audience          text        NOT NULL CHECK (audience IN ('INTERNAL', 'PUBLIC')),
    language          text        NOT NULL,
    keywords          text        NOT NULL,
    content           text        NOT NULL,
    revision          integer     NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text        NOT NULL,
    published_at      timestamptz,
    archived_at       timestamptz,
    version           bigint      NOT NULL,
    -- Title first, then tags, then the text: a word in the title ranks an article above one that only mentions it.
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('pt_folded'::regconfig, title), 'A')
        || setweight(to_tsvector('pt_folded'::regconfig, keywords), 'B')
        || setweight(to_tsvector('pt_folded'::regconfig, content), 'C')) STORED,
    folded_title      text GENERATED ALWAYS AS (folded(title)) STORED
);

CREATE TABLE article_revision (
    article_id  uuid        NOT NULL REFERENCES article (id),
    number      integer     NOT NULL,
    change      text        NOT NULL,
    status      text        NOT NULL,
    snapshot    jsonb       NOT NULL,
    restored_from integer,
    author      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (article_id, number)
);

CREATE TABLE article_feedback (
    id          uuid PRIMARY KEY,
    article_id  uuid        NOT NULL REFERENCES article (id),
    request_id  uuid        NOT NULL,
    helpful     boolean     NOT NULL,
    comment     text,
    given_by    text        NOT NULL,
    given_at    timestamptz NOT NULL,
    UNIQUE (article_id, request_id)
);

-- Which requests consulted which article (intake's RequestLogged / RequestAnswered), and whether the request was an
-- information request closed with its answer: resolved at first contact.
CREATE TABLE article_usage (
    article_id      uuid        NOT NULL,
    request_id      uuid        NOT NULL,
    answered        boolean     NOT NULL,
    resolved        boolean     NOT NULL,
    first_seen_at   timestamptz NOT NULL,
    PRIMARY KEY (article_id, request_id)
);

-- The words of every article, accent-free and lower case: a misspelt query word is corrected to the nearest of them.
CREATE TABLE search_word (
    word text PRIMARY KEY
);

-- The local view of the service catalogue (servicedesk.catalog.v1): what articles may name.
CREATE TABLE catalog_problem_code (
    id            uuid PRIMARY KEY,
    code          text    NOT NULL UNIQUE,
    name          text    NOT NULL,
    category_code text    NOT NULL,
    retired       boolean NOT NULL,
    version       bigint  NOT NULL
);

CREATE TABLE catalog_category (
    id      uuid PRIMARY KEY,
    code    text    NOT NULL UNIQUE,
    name    text    NOT NULL,
    retired boolean NOT NULL,
    version bigint  NOT NULL
);

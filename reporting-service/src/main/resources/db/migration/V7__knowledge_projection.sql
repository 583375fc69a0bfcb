-- Knowledge: the articles (kind and status: no title or text), whether an article helped with a request (agents'
-- feedback, without the comment) and which requests consulted which articles (intake's RequestLogged and
-- RequestAnswered). Idempotent, order-independent writes like the other projections.
CREATE TABLE article_fact (
    article_id   uuid PRIMARY KEY,
    version      bigint NOT NULL DEFAULT -1, -- of status
    kind         text,
    status       text,
    published_at timestamptz
);

CREATE TABLE article_feedback (
    article_id uuid        NOT NULL,
    request_id uuid        NOT NULL,
    helpful    boolean     NOT NULL,
    given_at   timestamptz NOT NULL,
    PRIMARY KEY (article_id, request_id)
);

CREATE TABLE request_article (
    request_id uuid NOT NULL,
    article_id uuid NOT NULL,
    PRIMARY KEY (request_id, article_id)
);

-- Feedback and consultations are KPI rows of their request.
CREATE OR REPLACE FUNCTION kpi_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('reporting.rebuilding', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME IN ('request_fact', 'request_article', 'article_feedback') THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('R', NEW.request_id::text);
    ELSIF TG_TABLE_NAME = 'order_request' THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('O', NEW.order_id::text), ('R', NEW.request_id::text);
    ELSIF TG_TABLE_NAME = 'problem_code' THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('P', NEW.code);
    ELSE
        INSERT INTO kpi_dirty (kind, id) VALUES ('O', NEW.order_id::text);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER request_article_kpi_insert AFTER INSERT ON request_article FOR EACH ROW
    EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER article_feedback_kpi_insert AFTER INSERT ON article_feedback FOR EACH ROW
    EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER article_feedback_kpi_update AFTER UPDATE ON article_feedback FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();

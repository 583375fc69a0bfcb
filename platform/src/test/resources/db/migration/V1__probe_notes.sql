CREATE TABLE probe_note (
    id    uuid PRIMARY KEY,
    title text NOT NULL
);

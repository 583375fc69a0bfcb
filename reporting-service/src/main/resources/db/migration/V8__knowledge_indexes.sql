-- The refresher reads a request's consultations (the primary key) and feedback by request.
CREATE INDEX article_feedback_request_idx ON article_feedback (request_id);

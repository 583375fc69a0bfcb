-- One sequence for every channel: protocol numbers are unique and never reused, with gaps where a transaction that
-- took a number rolled back.
CREATE SEQUENCE protocol_sequence START WITH 1;

COMMENT ON SCHEMA knowledge IS 'Owned by the knowledge service alone: no other service reads or writes it.';

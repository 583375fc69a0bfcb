COMMENT ON SCHEMA reporting IS 'Owned by the reporting service alone: no other service reads or writes it.';

COMMENT ON SCHEMA workorder IS 'Owned by the workorder service alone: no other service reads or writes it.';

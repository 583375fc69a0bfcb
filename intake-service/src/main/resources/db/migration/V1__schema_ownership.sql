COMMENT ON SCHEMA intake IS 'Owned by the intake service alone: no other service reads or writes it.';

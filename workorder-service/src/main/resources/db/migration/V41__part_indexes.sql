CREATE INDEX order_planned_part_order_idx ON order_planned_part (order_id, position);
CREATE INDEX order_used_part_order_idx ON order_used_part (order_id, recorded_at);
CREATE INDEX order_removed_part_order_idx ON order_removed_part (order_id, recorded_at);

-- Rollup histograms as text ('bucket,count,bucket,count...'): string_agg merges a period's rows without converting
-- arrays to text row by row.
ALTER TABLE kpi_rollup ALTER COLUMN hist TYPE text USING array_to_string(hist, ',');

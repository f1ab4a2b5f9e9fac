-- Peringkat daerah dan instansi dari tabel fakta Parquet (docs/analytics.md), dengan DuckDB.
-- Regions and agencies ranked by mean capaian and share of indicators in the top band, from the Parquet fact tables.
--
--   duckdb -c ".read samples/analytics/rank-regions.sql"        (the tables under ./facts, as WriteFacts.cs writes them)
--   dotnet run samples/analytics/RankRegions.cs -- facts         (the same queries, printed in Indonesian)
--
-- Mean capaian: the mean of the exact capaian of the measured indicators (capaian_exact is DECIMAL(38,28); DuckDB
-- keeps sums exact and rounds the quotient to 2 decimals here). Top band: band_rank = 1 (e.g. "Sangat Tinggi"), as a
-- share of all the indicators with a target, measured or not. A row without capaian (not reported, not measurable)
-- counts in "indicators" but not in the mean: empty is not zero.

CREATE OR REPLACE VIEW capaian AS
  SELECT * FROM read_parquet('facts/capaian/**/*.parquet', hive_partitioning = true,
                             hive_types = {'year': INTEGER, 'province': VARCHAR});
CREATE OR REPLACE VIEW evaluation AS
  SELECT * FROM read_parquet('facts/evaluation/**/*.parquet', hive_partitioning = true,
                             hive_types = {'year': INTEGER, 'province': VARCHAR});

-- regions
SELECT rank() OVER (PARTITION BY year ORDER BY mean_capaian DESC NULLS LAST, top_band_share DESC) AS rank,
       year, province, region_code, region_name, indicators, measured, mean_capaian, top_band_share
FROM (
  SELECT year, province, region_code, any_value(region_name) AS region_name,
         count(*) AS indicators,
         count(capaian_exact) AS measured,
         round(sum(capaian_exact) / nullif(count(capaian_exact), 0), 2)::DECIMAL(18, 2) AS mean_capaian,
         round(100 * count(*) FILTER (WHERE band_rank = 1) / count(*), 1)::DECIMAL(18, 1) AS top_band_share
  FROM capaian
  GROUP BY year, province, region_code
)
ORDER BY year, rank, region_code;

-- agencies
SELECT rank() OVER (PARTITION BY year ORDER BY mean_capaian DESC NULLS LAST, top_band_share DESC) AS rank,
       year, region_code, agency_name, indicators, measured, mean_capaian, top_band_share
FROM (
  SELECT year, region_code, coalesce(agency_code, '-') AS agency_code, any_value(agency_name) AS agency_name,
         count(*) AS indicators,
         count(capaian_exact) AS measured,
         round(sum(capaian_exact) / nullif(count(capaian_exact), 0), 2)::DECIMAL(18, 2) AS mean_capaian,
         round(100 * count(*) FILTER (WHERE band_rank = 1) / count(*), 1)::DECIMAL(18, 1) AS top_band_share
  FROM capaian
  GROUP BY year, region_code, coalesce(agency_code, '-')
)
ORDER BY year, rank, region_code, agency_name;

-- LKE
SELECT DISTINCT year, region_code, subject, scheme_id, total_presented, grade_code, grade_label
FROM evaluation
ORDER BY year, total_presented DESC NULLS LAST, region_code;

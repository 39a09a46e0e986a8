-- entente store, schema version 3: machine-coded event data (GDELT 1.0, GDELT 2.0, ICEWS), one row per event, and
-- the files they came from. Filled by 'entente import gdelt|icews' (dev.entente.store.duckdb.EventImport); the
-- columns are documented in docs/events.md. Table and column names are a contract (the Spark job and the
-- criticism and de facto analyses read them): add columns at the end, never rename.

CREATE TABLE event_files (
  file_id     INTEGER NOT NULL PRIMARY KEY,
  dataset     VARCHAR NOT NULL,   -- gdelt1, gdelt2, icews
  layout      VARCHAR NOT NULL,   -- gdelt1-backfile-57, gdelt1-daily-58, gdelt1-r-export-58, gdelt2-61, icews-dataverse-20
  file        VARCHAR NOT NULL,   -- the path as given
  sha256      VARCHAR NOT NULL,
  rows_read   BIGINT NOT NULL,    -- data rows in the file
  rows_loaded BIGINT NOT NULL,    -- rows kept (rows_read - duplicates)
  duplicates  BIGINT NOT NULL,    -- rows dropped: an event id already in the store or earlier in the import
  imported_at TIMESTAMP NOT NULL,
  seconds     DOUBLE NOT NULL     -- wall time of the whole import run the file was part of
);

CREATE TABLE events (
  dataset        VARCHAR NOT NULL,  -- gdelt1, gdelt2, icews
  event_id       BIGINT NOT NULL,   -- GLOBALEVENTID / Event ID; unique per dataset
  event_date     DATE NOT NULL,     -- SQLDATE / Event Date
  source_code    VARCHAR,           -- GDELT Actor1Code (raw CAMEO actor code); ICEWS: NULL
  source_name    VARCHAR,           -- Actor1Name / Source Name
  source_country VARCHAR,           -- GDELT Actor1CountryCode (CAMEO country code); ICEWS Source Country (a name)
  source_group   VARCHAR,           -- GDELT Actor1KnownGroupCode; ICEWS: NULL
  source_roles   VARCHAR,           -- GDELT Actor1Type1..3Code joined by ','; ICEWS Source Sectors
  target_code    VARCHAR,           -- the same five for Actor2 / Target
  target_name    VARCHAR,
  target_country VARCHAR,
  target_group   VARCHAR,
  target_roles   VARCHAR,
  event_code     VARCHAR NOT NULL,  -- CAMEO EventCode / CAMEO Code, as a string ('010' is not '10')
  base_code      VARCHAR NOT NULL,  -- the first three characters
  root_code      VARCHAR NOT NULL,  -- the first two characters, '01'..'20'
  quad_class     TINYINT,           -- as coded in the file (GDELT QuadClass 1-4); ICEWS: NULL
  goldstein      DOUBLE,            -- as coded in the file (GDELT GoldsteinScale; ICEWS Intensity)
  is_root        BOOLEAN,           -- GDELT IsRootEvent; ICEWS: NULL
  num_mentions   INTEGER,           -- GDELT NumMentions; ICEWS: NULL
  num_sources    INTEGER,           -- GDELT NumSources; ICEWS: NULL
  num_articles   INTEGER,           -- GDELT NumArticles; ICEWS: NULL
  avg_tone       DOUBLE,            -- GDELT AvgTone; ICEWS: NULL
  geo_country    VARCHAR,           -- GDELT ActionGeo_CountryCode (FIPS 10-4); ICEWS Country (a name)
  geo_name       VARCHAR,           -- GDELT ActionGeo_FullName; ICEWS City, else District, else Province
  geo_lat        DOUBLE,
  geo_lon        DOUBLE,
  source_url     VARCHAR,           -- GDELT SOURCEURL (daily files from April 2013, GDELT 2.0); ICEWS: NULL
  file_id        INTEGER NOT NULL   -- event_files.file_id
);

-- entente store, schema version 2: provenance of imported research datasets and the rows an import rejected.
-- The dataset tables themselves (atop_members, cow_system, nmc, ...) are created from the importers' layouts on
-- first import, with two leading columns: dataset_variant and dataset_version.

CREATE SEQUENCE import_ids START 1;

CREATE TABLE imports (
  import_id       BIGINT NOT NULL,    -- one per 'entente import' run; a run may read several files
  dataset         VARCHAR NOT NULL,   -- atop, cow-system, nmc, ...
  dataset_variant VARCHAR NOT NULL,   -- full, nna, ...
  dataset_version VARCHAR NOT NULL,   -- as read from the file (5.1, 2016, ...)
  tbl             VARCHAR NOT NULL,   -- the store table filled
  file            VARCHAR NOT NULL,   -- the path as given
  sha256          VARCHAR NOT NULL,
  rows_read       BIGINT NOT NULL,
  rows_loaded     BIGINT NOT NULL,
  rows_rejected   BIGINT NOT NULL,
  lenient         BOOLEAN NOT NULL,
  imported_at     TIMESTAMP NOT NULL,
  seconds         DOUBLE NOT NULL
);

CREATE TABLE rejects (
  import_id BIGINT NOT NULL,
  dataset   VARCHAR NOT NULL,
  file      VARCHAR NOT NULL,
  line      INTEGER NOT NULL,
  col       VARCHAR NOT NULL,
  value     VARCHAR NOT NULL,
  rule      VARCHAR NOT NULL
);

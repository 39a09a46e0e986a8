-- entente store, schema version 1: provenance and the curated commitment dataset.
-- Dates: a bound is three columns, *_kind ('date' | 'open' | 'unknown'), *_date (the first day of the unit) and
-- *_precision ('day' | 'month' | 'year'). Periods are half-open: an end is the first day no longer held.

CREATE TABLE datasets (
  name        VARCHAR PRIMARY KEY,   -- 'curated', later 'atop', 'cow-alliances', ...
  version     VARCHAR NOT NULL,
  origin      VARCHAR NOT NULL,      -- 'built-in' or the path it was read from
  sha256      VARCHAR NOT NULL,
  rows_loaded BIGINT  NOT NULL,
  loaded_at   TIMESTAMP NOT NULL
);

CREATE TABLE states (
  ccode      INTEGER PRIMARY KEY,
  cow_abb    VARCHAR NOT NULL,
  iso3       VARCHAR,
  actor_key  VARCHAR NOT NULL UNIQUE,
  name       VARCHAR NOT NULL
);

CREATE TABLE state_spells (
  ccode      INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  start_date DATE NOT NULL,
  end_date   DATE,                   -- first day out of the system; NULL = still in it
  PRIMARY KEY (ccode, seq)
);

CREATE TABLE organisations (
  code            VARCHAR PRIMARY KEY,
  name            VARCHAR NOT NULL,
  short_name      VARCHAR NOT NULL,
  start_kind      VARCHAR NOT NULL,
  start_date      DATE,
  start_precision VARCHAR,
  end_kind        VARCHAR NOT NULL,
  end_date        DATE,
  end_precision   VARCHAR,
  end_reason      VARCHAR
);

CREATE TABLE commitments (
  id               VARCHAR PRIMARY KEY,
  kind             VARCHAR NOT NULL,  -- alliance | membership | partnership | arrangement
  name             VARCHAR NOT NULL,
  short_name       VARCHAR NOT NULL,
  signed_date      DATE,
  signed_precision VARCHAR,
  start_kind       VARCHAR NOT NULL,
  start_date       DATE,
  start_precision  VARCHAR,
  end_kind         VARCHAR NOT NULL,
  end_date         DATE,
  end_precision    VARCHAR,
  end_reason       VARCHAR,
  grp              VARCHAR,           -- membership: the organisation code
  label            VARCHAR,           -- partnership: the exact label
  label_original   VARCHAR,
  arrangement_type VARCHAR,           -- arrangement: defense-cooperation, basing, ...
  direction_from   VARCHAR,
  direction_to     VARCHAR
);

CREATE TABLE parties (
  commitment_id   VARCHAR NOT NULL,
  seq             INTEGER NOT NULL,
  actor           VARCHAR NOT NULL,
  start_kind      VARCHAR NOT NULL,
  start_date      DATE,
  start_precision VARCHAR,
  end_kind        VARCHAR NOT NULL,
  end_date        DATE,
  end_precision   VARCHAR,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE pledges (
  commitment_id   VARCHAR NOT NULL,
  seq             INTEGER NOT NULL,
  guarantor       VARCHAR NOT NULL,   -- actor key or '*' (every party)
  beneficiary     VARCHAR NOT NULL,
  obligations     VARCHAR NOT NULL,   -- comma-separated: defense,offense,neutrality,nonaggression,consultation
  conditional     BOOLEAN NOT NULL,
  start_kind      VARCHAR NOT NULL,
  start_date      DATE,
  start_precision VARCHAR,
  end_kind        VARCHAR NOT NULL,
  end_date        DATE,
  end_precision   VARCHAR,
  clause          VARCHAR NOT NULL,
  condition       VARCHAR NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE suspensions (
  commitment_id   VARCHAR NOT NULL,
  seq             INTEGER NOT NULL,
  guarantor       VARCHAR NOT NULL,
  beneficiary     VARCHAR NOT NULL,
  start_kind      VARCHAR NOT NULL,
  start_date      DATE,
  start_precision VARCHAR,
  end_kind        VARCHAR NOT NULL,
  end_date        DATE,
  end_precision   VARCHAR,
  note            VARCHAR NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE renewals (
  commitment_id VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,     -- 0 = the default reading
  rule          VARCHAR NOT NULL,
  reading       VARCHAR NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE atop_links (
  commitment_id VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,
  atopid        INTEGER NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE atop_notes (
  commitment_id VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,
  aspect        VARCHAR NOT NULL,
  explanation   VARCHAR NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

CREATE TABLE history (
  commitment_id VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,
  event_date    DATE NOT NULL,
  precision     VARCHAR NOT NULL,
  event_type    VARCHAR NOT NULL,
  note          VARCHAR NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

-- owner: a commitment id or an organisation code
CREATE TABLE sources (
  owner          VARCHAR NOT NULL,
  seq            INTEGER NOT NULL,
  publisher      VARCHAR NOT NULL,
  published      DATE,
  precision      VARCHAR,
  title          VARCHAR NOT NULL,
  url            VARCHAR,
  PRIMARY KEY (owner, seq)
);

CREATE TABLE conflicts (
  owner     VARCHAR NOT NULL,
  seq       INTEGER NOT NULL,
  field     VARCHAR NOT NULL,
  preferred VARCHAR NOT NULL,
  rival     VARCHAR NOT NULL,
  why       VARCHAR NOT NULL,
  PRIMARY KEY (owner, seq)
);

CREATE TABLE notes (
  owner VARCHAR NOT NULL,
  seq   INTEGER NOT NULL,
  text  VARCHAR NOT NULL,
  PRIMARY KEY (owner, seq)
);

CREATE TABLE tier_table (
  version       VARCHAR NOT NULL,
  documentation VARCHAR NOT NULL
);

CREATE TABLE partnership_tiers (
  label VARCHAR PRIMARY KEY,
  tier  INTEGER NOT NULL,
  basis VARCHAR NOT NULL
);

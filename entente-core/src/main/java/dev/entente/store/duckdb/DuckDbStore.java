package dev.entente.store.duckdb;

import dev.entente.domain.Catalog;
import dev.entente.error.StoreException;
import dev.entente.error.UserInputException;
import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.CatalogSource;
import dev.entente.store.QueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store: one embedded DuckDB file with a versioned schema.
 *
 * <p>{@link #openForReading(Path, Supplier)} is the usual entry: it creates the file if needed, applies pending
 * migrations and (re)loads the built-in curated dataset when the file holds another version of it, each in one
 * transaction, then reopens the file read-only. DuckDB allows one writing process per file; a second process gets a
 * {@link StoreException} that says the store is locked and by which process.
 */
public final class DuckDbStore implements CatalogSource, AutoCloseable {

  private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

  private final Path file;
  private final Connection connection;
  private final boolean readOnly;
  private Catalog cached;

  private DuckDbStore(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /**
   * Opens the store for queries, first bringing it up to date: schema migrated, curated dataset loaded if missing
   * or of another version.
   *
   * @param file the store file (created with its parent directories if missing)
   * @param curatedVersion the version of the curated dataset the store should hold
   * @param curated supplies that dataset; called only when it must be (re)loaded
   */
  public static DuckDbStore openForReading(Path file, String curatedVersion, Supplier<Catalog> curated) {
    if (!Files.exists(file) || needsWrite(file, curatedVersion)) {
      try (DuckDbStore rw = open(file, false)) {
        rw.migrate();
        if (!rw.datasetVersion("curated").equals(Optional.of(curatedVersion))) {
          rw.loadCurated(curated.get(), "built-in");
        }
      }
    }
    return open(file, true);
  }

  /** The same, for a catalog already in memory. */
  public static DuckDbStore openForReading(Path file, Catalog curated) {
    return openForReading(file, curated.dataVersion(), () -> curated);
  }

  private static boolean needsWrite(Path file, String curatedVersion) {
    try (DuckDbStore ro = open(file, true)) {
      if (Migrations.pending(ro.connection)) {
        return true;
      }
      return !ro.datasetVersion("curated").equals(Optional.of(curatedVersion));
    } catch (SQLException e) {
      throw storeError(file, e);
    }
  }

  /** Opens the file as it is, read-only or read-write; no migration, no loading. */
  public static DuckDbStore open(Path file, boolean readOnly) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (!readOnly && parent != null) {
        Files.createDirectories(parent);
      }
      if (readOnly && !Files.exists(file)) {
        throw new StoreException("the store " + file + " does not exist");
      }
      Class.forName("org.duckdb.DuckDBDriver");
      Properties props = new Properties();
      if (readOnly) {
        props.setProperty("duckdb.read_only", "true");
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      return new DuckDbStore(file, c, readOnly);
    } catch (SQLException e) {
      throw storeError(file, e);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory for the store " + file + ": " + e.getMessage(), e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the DuckDB driver is missing from the class path", e);
    }
  }

  private static StoreException storeError(Path file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("Conflicting lock") || msg.contains("Could not set lock")) {
      Matcher m = LOCK_PID.matcher(msg);
      String who = m.find() ? "process " + m.group(1) : "another process";
      return new StoreException(
          "the store " + file + " is locked by " + who + " (an entente command or server still running?):"
              + " wait for it to finish, or use another --db", e);
    }
    if (msg.contains("not a valid DuckDB database") || msg.contains("Unable to open database")) {
      return new StoreException("the file " + file + " is not an entente store (not a DuckDB database)", e);
    }
    return new StoreException("cannot open the store " + file + ": " + firstLine(msg), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Another handle on the same open database, for another thread: a DuckDB connection must not be used by two
   * threads at once, and {@code duplicate()} shares the database without opening the file again. The handle shares
   * this one's catalog and read-only mode; close it when done (the database stays open until every handle is closed).
   */
  public DuckDbStore duplicate() {
    try {
      DuckDbStore copy = new DuckDbStore(file, ((org.duckdb.DuckDBConnection) connection).duplicate(), readOnly);
      copy.cached = catalog();
      return copy;
    } catch (SQLException e) {
      throw storeError(file, e);
    }
  }

  /** The store file. */
  public Path file() {
    return file;
  }

  /** Applies pending schema migrations. */
  public void migrate() {
    requireWritable();
    try {
      Migrations.migrate(connection, file.toString());
    } catch (SQLException e) {
      throw new StoreException("migrating the store " + file + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** The schema version of the store. */
  public int schemaVersion() {
    try {
      return Migrations.version(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version of " + file, e);
    }
  }

  /**
   * Replaces the curated tables with {@code catalog}, in one transaction: on any failure the store is left exactly
   * as it was.
   *
   * @param origin where the dataset was read from ({@code built-in} or a directory)
   * @return the number of rows written
   */
  public long loadCurated(Catalog catalog, String origin) {
    requireWritable();
    return inTransaction("loading the curated dataset into " + file, () -> {
      try (CatalogWriter writer = new CatalogWriter(connection)) {
        long rows = writer.write(catalog);
        try (PreparedStatement ps =
            connection.prepareStatement(
                "INSERT OR REPLACE INTO datasets VALUES ('curated', ?, ?, ?, ?, current_timestamp)")) {
          ps.setString(1, catalog.dataVersion());
          ps.setString(2, origin);
          ps.setString(3, catalog.dataVersion().replaceAll(".*sha256:", ""));
          ps.setLong(4, rows);
          ps.executeUpdate();
        }
        return rows;
      }
    });
  }

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  private interface TransactionWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back (the store exactly as before)
   * when it throws.
   */
  private <T> T inTransaction(String what, TransactionWork<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        cached = null;
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Imports a research dataset in one transaction: its tables are created if needed, rows of the same variant and
   * version replaced, other versions kept, provenance recorded in {@code imports}, rejected rows (lenient mode) in
   * {@code rejects}. If anything fails, the store is exactly as it was.
   */
  public List<ImportReport> importDataset(DatasetImporter importer, Path path, ImportOptions options) {
    requireWritable();
    migrate();
    long started = System.nanoTime();
    return inTransaction("importing " + importer.name() + " into " + file, () -> {
      long id;
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT nextval('import_ids')")) {
        rs.next();
        id = rs.getLong(1);
      }
      List<ImportReport> reports;
      try (DatasetWriter writer =
          new DatasetWriter((org.duckdb.DuckDBConnection) connection, id, importer.name(), importer.layouts())) {
        reports = importer.read(path, options, writer);
        writer.flush();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
        for (ImportReport r : reports) {
          for (ImportReport.FileReport f : r.files()) {
            ps.setLong(1, id);
            ps.setString(2, r.dataset());
            ps.setString(3, r.variant());
            ps.setString(4, f.version());
            ps.setString(5, f.table());
            ps.setString(6, f.file());
            ps.setString(7, f.sha256());
            ps.setLong(8, f.rowsRead());
            ps.setLong(9, f.rowsLoaded());
            ps.setLong(10, f.rowsRejected());
            ps.setBoolean(11, options.lenient());
            ps.setDouble(12, seconds);
            ps.executeUpdate();
          }
        }
      }
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM rejects WHERE import_id NOT IN (SELECT import_id FROM imports)");
      }
      return reports;
    });
  }

  /**
   * Imports event files (GDELT, ICEWS) in one transaction with DuckDB's bulk reader: if any file is bad, the first
   * problem is reported (file, line, column, value, rule) and the store is exactly as it was. See
   * {@link EventImport}.
   */
  public dev.entente.io.events.EventImportReport importEvents(List<dev.entente.io.events.EventInput> inputs) {
    requireWritable();
    migrate();
    long started = System.nanoTime();
    return inTransaction("importing events into " + file, () -> new EventImport(connection).run(inputs, started));
  }

  /**
   * Writes similarity results as Parquet (through a temporary table and DuckDB's writer), with the provenance lines
   * in the file's key-value metadata.
   */
  public void writeParquet(dev.entente.analysis.alignment.SimilarityRows rows, Path out) {
    StringBuilder cols = new StringBuilder("ccode1 INTEGER, ccode2 INTEGER, year INTEGER"
        + (rows.session() == null ? "" : ", session INTEGER"));
    for (String m : rows.measures()) {
      cols.append(", \"").append(m).append("\" DOUBLE");
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE similarity_out (" + cols + ")");
      try (org.duckdb.DuckDBAppender ap = ((org.duckdb.DuckDBConnection) connection)
          .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "similarity_out")) {
        for (int r = 0; r < rows.size(); r++) {
          ap.beginRow();
          ap.append(rows.ccode1()[r]);
          ap.append(rows.ccode2()[r]);
          ap.append(rows.year()[r]);
          if (rows.session() != null) {
            ap.append(rows.session()[r]);
          }
          for (double[] v : rows.values()) {
            if (Double.isNaN(v[r])) {
              ap.appendNull();
            } else {
              ap.append(v[r]);
            }
          }
          ap.endRow();
        }
      }
      String meta = String.join(" | ", rows.provenance()).replace("'", "''");
      st.execute("COPY similarity_out TO '" + out.toAbsolutePath().toString().replace("'", "''")
          + "' (FORMAT parquet, KV_METADATA {provenance: '" + meta + "'})");
      st.execute("DROP TABLE similarity_out");
    } catch (SQLException e) {
      throw new StoreException("writing " + out + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** UN votes per session or year from the imported roll calls. */
  public dev.entente.analysis.alignment.VoteSource votes() {
    return new Votes(connection);
  }

  /** Alliance portfolios per year from the imported datasets. */
  public dev.entente.analysis.alignment.PortfolioSource portfolios() {
    return new Portfolios(connection, this::catalog);
  }

  /** The member ties of ATOP and COW alliances by year, for networks. */
  public dev.entente.analysis.network.AllianceYearSource allianceNetworks() {
    return new AllianceNetworkFrames(connection);
  }

  /** CINC per state and year from the imported NMC data. */
  public dev.entente.analysis.landscape.CapabilitySource capabilities() {
    return new NmcCapabilities(connection);
  }

  /** The imported events and DCAD agreements, as the criticism and de facto analyses read them. */
  public java.util.Optional<dev.entente.analysis.criticism.EventCounts> eventCounts() {
    EventQueries q = new EventQueries(connection);
    return q.any() ? java.util.Optional.of(q) : java.util.Optional.empty();
  }

  /** Event tone and DCAD agreements per dyad-year (empty where not imported). */
  public dev.entente.analysis.defacto.BehaviourSources behaviour() {
    return new EventQueries(connection);
  }

  /** The imported events (GDELT, ICEWS). */
  public dev.entente.analysis.events.EventTable events() {
    return new EventTables(connection);
  }

  /** Dyad-year data from the imported datasets. */
  public dev.entente.analysis.dyads.DyadYearSource dyadYears() {
    return new DyadYearFrames(connection);
  }

  /** The version of a loaded dataset, if it is loaded. */
  public Optional<String> datasetVersion(String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT version FROM datasets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the datasets table of " + file + ": " + firstLine(e.getMessage()), e);
    }
  }

  @Override
  public Catalog catalog() {
    if (cached == null) {
      try {
        cached = new CatalogReader(connection).read(datasetVersion("curated").orElse("none"));
      } catch (SQLException e) {
        throw new StoreException("cannot read the curated dataset from " + file + ": " + firstLine(e.getMessage()), e);
      }
    }
    return cached;
  }

  /**
   * Runs one SQL statement a user typed ({@code entente sql}). The store is opened read-only, and access to files
   * outside it is switched off first (for the rest of this handle's life), so the query can neither change the
   * store nor read or write other files.
   *
   * @throws UserInputException with DuckDB's own message when the query is not valid
   */
  public QueryResult userQuery(String sql) {
    if (!readOnly) {
      throw new IllegalStateException("user queries run only on a store opened read-only");
    }
    try (Statement st = connection.createStatement()) {
      st.execute("SET enable_external_access = false");
    } catch (SQLException e) {
      throw new StoreException("cannot restrict the query to the store: " + firstLine(e.getMessage()), e);
    }
    return query(sql);
  }

  /**
   * Runs one read-only query of entente's own (listing imports, rejects, counts).
   *
   * @throws UserInputException with DuckDB's own message when the query is not valid
   */
  public QueryResult query(String sql) {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return new QueryResult(columns, rows);
    } catch (SQLException e) {
      throw new UserInputException("the query failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** The names of the store's tables, in schema order. */
  public List<String> tables() {
    List<String> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the tables of " + file, e);
    }
  }

  /**
   * Writes every table to {@code dir} as {@code TABLE.csv}, {@code TABLE.json} or {@code TABLE.parquet}, using
   * DuckDB's own writers.
   *
   * @param format csv, json or parquet
   * @return the files written
   */
  public List<Path> export(Path dir, String format) {
    String options =
        switch (format) {
          case "csv" -> "(FORMAT csv, HEADER true)";
          case "json" -> "(FORMAT json, ARRAY true)";
          case "parquet" -> "(FORMAT parquet)";
          default -> throw new UserInputException(
              "--format " + format + " is not an export format (allowed: csv, json, parquet)");
        };
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserInputException("cannot create the directory " + dir + ": " + e.getMessage(), e);
    }
    List<Path> written = new ArrayList<>();
    try (Statement st = connection.createStatement()) {
      for (String table : tables()) {
        Path out = dir.resolve(table + "." + format).toAbsolutePath();
        st.execute("COPY " + table + " TO '" + out.toString().replace("'", "''") + "' " + options);
        written.add(out);
      }
      return written;
    } catch (SQLException e) {
      throw new UserInputException("exporting to " + dir + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException("the store " + file + " was opened read-only");
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("closing the store " + file + " failed: " + firstLine(e.getMessage()), e);
    }
  }
}

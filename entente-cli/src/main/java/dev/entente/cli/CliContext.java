package dev.entente.cli;

import dev.entente.analysis.actor.ActorResolver;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;
import dev.entente.store.duckdb.DuckDbStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What commands share: where the store is, the output streams, whether stdout is a terminal, and the open store
 * (opened on first use, brought up to date, read-only). One per invocation.
 */
public final class CliContext implements AutoCloseable {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final Map<String, String> env;
  private Path dbOverride;
  private DuckDbStore store;

  CliContext(PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.env = env;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public boolean terminal() {
    return terminal;
  }

  void setDb(Path db) {
    this.dbOverride = db;
  }

  /** The store file: --db, else $ENTENTE_HOME/entente.duckdb, else ~/.entente/entente.duckdb. */
  public Path dbPath() {
    if (dbOverride != null) {
      return dbOverride;
    }
    String home = env.get("ENTENTE_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "entente.duckdb");
    }
    return Path.of(System.getProperty("user.home"), ".entente", "entente.duckdb");
  }

  /** The store, opened read-only after being created, migrated and loaded with the built-in data if needed. */
  public DuckDbStore store() {
    if (store == null) {
      CuratedFiles builtIn = CuratedFiles.builtIn();
      store = DuckDbStore.openForReading(dbPath(), CuratedLoader.version(builtIn), () -> CuratedLoader.load(builtIn));
    }
    return store;
  }

  /**
   * The store opened for writing (imports), after it was brought up to date. Closes a read-only handle first:
   * DuckDB allows one writer per file.
   */
  public DuckDbStore writableStore() {
    store().close();
    store = null;
    return DuckDbStore.open(dbPath(), false);
  }

  /** The COW codes of the built-in state list, for importers' code checks. */
  public java.util.Set<Long> cowCodes() {
    java.util.Set<Long> codes = new java.util.HashSet<>();
    for (Actor a : catalog().actors()) {
      if (a instanceof State s) {
        codes.add((long) s.ccode());
      }
    }
    return codes;
  }

  public Catalog catalog() {
    return store().catalog();
  }

  /** The actor a user names (ISO3, COW abbreviation or number, organisation code). */
  public Actor actor(String text) {
    return new ActorResolver(catalog()).resolve(text);
  }

  /** A state or organisation as shown to users: its key and, for states, the COW number. */
  public static String label(Actor a) {
    return a instanceof State s ? s.key() + " (" + s.name() + ", COW " + s.ccode() + ")" : a.key() + " (" + a.name() + ")";
  }

  /** The COW number of an actor key, or null for organisations. */
  public Integer ccode(String key) {
    return catalog().actor(key).filter(State.class::isInstance).map(a -> ((State) a).ccode()).orElse(null);
  }

  /** The name of an actor key. */
  public String name(String key) {
    return catalog().actor(key).map(Actor::name).orElse(key);
  }

  /** Parses a date option; a bad value is a user error naming the option. */
  public static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UserInputException(option + " '" + value + "' is not a valid date (expected YYYY-MM-DD)");
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}

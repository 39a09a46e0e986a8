package dev.entente.web;

import dev.entente.analysis.actor.ActorResolver;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.store.duckdb.DuckDbStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the server reads: the curated catalog (immutable, shared by every request thread) and the store for the
 * imported datasets. DuckDB connections are not for concurrent use, so requests that query the store borrow one of
 * {@value #CONNECTIONS} handles made with {@link DuckDbStore#duplicate()} and give it back. Results of the costlier
 * computations (alignment over many years) are kept in a bounded cache keyed by their validated parameters; the
 * store is read-only, so a cached answer stays right for the server's life.
 */
public final class Workbench implements AutoCloseable {

  /** How many store handles requests share. */
  static final int CONNECTIONS = 4;

  /** How many actor names are remembered. */
  static final int ACTOR_MEMO = 4096;

  /** How many computed answers are kept. */
  static final int CACHE_SIZE = 256;

  private final DuckDbStore store;
  private final Catalog catalog;
  private final BlockingQueue<DuckDbStore> handles = new ArrayBlockingQueue<>(CONNECTIONS);
  private final List<DuckDbStore> all = new ArrayList<>();
  private final ActorResolver resolver;
  private final Map<String, Actor> actors = new ConcurrentHashMap<>();
  private final Map<String, RawJson> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RawJson> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  /** Serves {@code store} (opened read-only by the caller, who keeps ownership of it). */
  public Workbench(DuckDbStore store) {
    this.store = store;
    this.catalog = store.catalog();
    this.resolver = new ActorResolver(catalog);
    for (int i = 0; i < CONNECTIONS; i++) {
      DuckDbStore d = store.duplicate();
      all.add(d);
      handles.add(d);
    }
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * The actor a request names (ISO3, COW abbreviation or number, organisation code), remembered by its text: the
   * catalog does not change while served. Unknown or ambiguous names throw each time and are not remembered.
   */
  public Actor actor(String text) {
    Actor known = actors.get(text);
    if (known != null) {
      return known;
    }
    Actor a = resolver.resolve(text);
    if (actors.size() < ACTOR_MEMO) {
      actors.put(text, a);
    }
    return a;
  }

  /** Runs {@code work} with a store handle no other thread uses meanwhile. */
  public <T> T withStore(Function<DuckDbStore, T> work) {
    DuckDbStore h;
    try {
      h = handles.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.of(503, "the server is shutting down");
    }
    try {
      return work.apply(h);
    } finally {
      handles.add(h);
    }
  }

  /** The latest imported version of a dataset (the imports table), if imported. */
  public Optional<String> datasetVersion(String name) {
    if (!name.matches("[a-z-]+")) {
      throw new IllegalArgumentException("dataset name " + name);
    }
    return withStore(s -> s.query("SELECT max(dataset_version) FROM imports WHERE dataset = '" + name + "'").rows())
        .stream().map(r -> r.get(0)).filter(java.util.Objects::nonNull).map(Object::toString).findFirst();
  }

  /** Fails with a 409 naming the import commands when any of {@code datasets} is not imported. */
  public void requireImported(String... datasets) {
    List<String> missing = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    for (String d : datasets) {
      if (datasetVersion(d).isEmpty()) {
        missing.add(d);
        commands.add("entente import " + d + " PATH");
      }
    }
    if (!missing.isEmpty()) {
      throw ApiException.notImported(missing, commands);
    }
  }

  /**
   * The cached answer for {@code key} as JSON, computing and serialising it once when absent (an answer that fails
   * is not kept). The key must hold every validated parameter the answer depends on.
   */
  public RawJson cached(String key, Supplier<?> compute) {
    synchronized (cache) {
      RawJson hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    RawJson value = RawJson.of(compute.get());
    synchronized (cache) {
      cache.put(key, value);
    }
    return value;
  }

  /** Closes the duplicated handles; the store itself stays with its owner. */
  @Override
  public void close() {
    for (DuckDbStore d : all) {
      d.close();
    }
  }

  /** Where saved scenarios live: {@code scenarios/} beside the store file (as 'entente scenario' keeps them). */
  java.nio.file.Path scenarioFolder() {
    return store.file().toAbsolutePath().getParent().resolve("scenarios");
  }

  /** The store's file name (for the meta endpoint; never the path). */
  String storeName() {
    return store.file().getFileName().toString();
  }
}

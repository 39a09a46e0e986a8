package dev.entente.io.fetch;

import dev.entente.error.UserInputException;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The publishers' addresses of the research datasets, with a user override file.
 *
 * <p>Built-in defaults are the addresses the publishers used in 2026 (seen in several public download scripts);
 * publishers move files, so every address can be overridden in {@code sources.properties} in the entente home
 * directory ({@code atop.url = https://...}; several files separated by spaces; {@code atop.sha256 = hex ...} in
 * the same order) or per call with {@code --url}. Datasets whose publisher serves no stable file (Dataverse
 * deposits) have no default and need {@code --url}.
 */
public final class DatasetSources {

  private static final Map<String, String[]> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("atop", new String[] {"https://www.atopdata.org/data.html",
        "http://www.atopdata.org/uploads/6/9/1/3/69134503/atop_5.1__.csv_.zip"});
    DEFAULTS.put("cow-system", new String[] {"https://correlatesofwar.org/data-sets/state-system-membership/",
        "https://correlatesofwar.org/wp-content/uploads/system2016.csv",
        "https://correlatesofwar.org/wp-content/uploads/states2016.csv",
        "https://correlatesofwar.org/wp-content/uploads/majors2016.csv"});
    DEFAULTS.put("nmc", new String[] {"https://correlatesofwar.org/data-sets/national-material-capabilities/",
        "https://correlatesofwar.org/wp-content/uploads/NMC-60-abridged.csv"});
  }

  private final Map<String, DatasetSource> sources;

  private DatasetSources(Map<String, DatasetSource> sources) {
    this.sources = sources;
  }

  /** The built-in addresses, overridden by {@code sources.properties} in {@code home} if it exists. */
  public static DatasetSources load(Path home) {
    Map<String, DatasetSource> out = new LinkedHashMap<>();
    DEFAULTS.forEach((name, v) -> {
      List<DatasetSource.RemoteFile> files = new ArrayList<>();
      for (int i = 1; i < v.length; i++) {
        files.add(new DatasetSource.RemoteFile(URI.create(v[i]), Optional.empty()));
      }
      out.put(name, new DatasetSource(name, files, v[0]));
    });
    Path file = home.resolve("sources.properties");
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      } catch (IOException e) {
        throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
      }
      for (String key : p.stringPropertyNames()) {
        if (key.endsWith(".url")) {
          String name = key.substring(0, key.length() - 4);
          String[] sums = p.getProperty(name + ".sha256", "").trim().split("\\s+");
          out.put(name, source(name, p.getProperty(key).trim().split("\\s+"), sums, file + ": " + key));
        }
      }
    }
    return new DatasetSources(out);
  }

  /** A source given on the command line: one or more URLs and optional checksums. */
  public static DatasetSource source(String dataset, String[] urls, String[] sha256, String where) {
    List<DatasetSource.RemoteFile> files = new ArrayList<>();
    for (int i = 0; i < urls.length; i++) {
      try {
        URI u = new URI(urls[i]);
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
          throw new UserInputException(where + ": '" + urls[i] + "' is not an http(s) address");
        }
        String sum = i < sha256.length && !sha256[i].isBlank() ? sha256[i].toLowerCase(java.util.Locale.ROOT) : null;
        if (sum != null && !sum.matches("[0-9a-f]{64}")) {
          throw new UserInputException(where + ": '" + sha256[i] + "' is not a SHA-256 (64 hex digits)");
        }
        files.add(new DatasetSource.RemoteFile(u, Optional.ofNullable(sum)));
      } catch (URISyntaxException e) {
        throw new UserInputException(where + ": '" + urls[i] + "' is not a valid address: " + e.getReason());
      }
    }
    return new DatasetSource(dataset, files, urls.length > 0 ? urls[0] : "");
  }

  /** The source of a dataset, if one is configured. */
  public Optional<DatasetSource> of(String dataset) {
    return Optional.ofNullable(sources.get(dataset));
  }
}

package dev.entente.io.scenario;

import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.error.DataFileException;
import dev.entente.error.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenarios saved as text files {@code NAME.scenario} in one folder (by default {@code scenarios/} beside the store
 * file), never in the store itself, so that a scenario cannot change the real data. The format is one
 * {@code field: value} per line ({@code name}, {@code description}, {@code created}, {@code base}, then one {@code
 * edit} line per edit in the text form of {@link Edit}); lines starting with {@code #} are comments.
 */
public final class ScenarioFiles {

  private static final String SUFFIX = ".scenario";
  private final Path folder;

  public ScenarioFiles(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** Saves a scenario; an existing one of the same name is replaced only when {@code replace}. */
  public Path save(Scenario s, boolean replace) {
    Path file = file(s.name());
    if (Files.exists(file) && !replace) {
      throw new UserInputException("scenario " + s.name() + " exists (" + file + "); use --replace to overwrite it");
    }
    StringBuilder b = new StringBuilder("# entente scenario (see docs/networks.md)\n");
    b.append("name: ").append(s.name()).append('\n');
    b.append("description: ").append(s.description().replace('\n', ' ')).append('\n');
    b.append("created: ").append(s.created()).append('\n');
    b.append("base: ").append(s.baseData()).append('\n');
    s.edits().forEach(e -> b.append("edit: ").append(e.text()).append('\n'));
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, "." + s.name(), ".tmp");
      try {
        Files.writeString(tmp, b.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return file;
    } catch (IOException e) {
      throw new UserInputException("cannot save scenario " + s.name() + " in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Reads the scenario {@code name}; an error names the file, line and rule. */
  public Scenario load(String name) {
    if (!name.matches(Scenario.NAME_RULE)) {
      throw new UserInputException("'" + name + "' is not a scenario name (letters, digits, '-' and '_')");
    }
    Path file = file(name);
    if (!Files.exists(file)) {
      throw new UserInputException("no scenario named " + name + " (in " + folder + "; see 'entente scenario list')");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String n = null;
    String description = "";
    String created = "";
    String base = "";
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 1) {
        throw new DataFileException(file.toString(), i + 1, null, line, "a line is 'field: value'");
      }
      String field = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      try {
        switch (field) {
          case "name" -> n = value;
          case "description" -> description = value;
          case "created" -> created = value;
          case "base" -> base = value;
          case "edit" -> edits.add(Edit.parse(value));
          default -> throw new IllegalArgumentException("unknown field (allowed: name, description, created, base, edit)");
        }
      } catch (IllegalArgumentException e) {
        throw new DataFileException(file.toString(), i + 1, field, value, e.getMessage());
      }
    }
    if (!name.equals(n)) {
      throw new DataFileException(file.toString(), 1, "name", String.valueOf(n), "the name must match the file name " + name);
    }
    try {
      return new Scenario(n, description, created, base, edits);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(file.toString(), lines.size(), "edit", "", e.getMessage());
    }
  }

  /** The names of the saved scenarios, sorted. */
  public List<String> names() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(SUFFIX))
          .map(f -> f.substring(0, f.length() - SUFFIX.length())).filter(f -> f.matches(Scenario.NAME_RULE))
          .sorted().toList();
    } catch (IOException e) {
      throw new UserInputException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the scenario {@code name}. */
  public void delete(String name) {
    load(name);
    try {
      Files.delete(file(name));
    } catch (IOException e) {
      throw new UserInputException("cannot delete scenario " + name + ": " + e.getMessage(), e);
    }
  }

  private Path file(String name) {
    return folder.resolve(name + SUFFIX);
  }
}

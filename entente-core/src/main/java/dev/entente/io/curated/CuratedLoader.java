package dev.entente.io.curated;

import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.State;
import dev.entente.domain.TierTable;
import dev.entente.error.DataFileException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the curated dataset: {@code index.txt} names the version and the files; {@code states.tsv} the states,
 * {@code partnership-tiers.tsv} the tier table, every {@code .rec} file organisations and commitments. All of it is
 * checked (format, unique ids, known actors, pledges between parties, labels with tiers); the first problem stops
 * the load with a {@link DataFileException} naming file, line, field, value and rule.
 *
 * <p>The result's {@link Catalog#dataVersion()} is {@code curated VERSION sha256:PREFIX}, the checksum taken over
 * the listed files, so that a changed file is noticed even when the version line was not updated.
 */
public final class CuratedLoader {

  static final String INDEX = "index.txt";

  private CuratedLoader() {}

  /**
   * The version of the dataset, {@code curated VERSION sha256:PREFIX}, computed from the raw files without parsing
   * them: cheap enough to compare with a store's on every start.
   */
  public static String version(CuratedFiles files) {
    return read(files).version();
  }

  /** The states of the dataset (COW number, ISO3, system spells), read and checked alone. */
  public static List<State> states(CuratedFiles files) {
    return StatesFile.read(StatesFileName.STATES, read(files).texts().get(StatesFileName.STATES));
  }

  /** Loads and checks the whole dataset. */
  public static Catalog load(CuratedFiles files) {
    RawFiles raw = read(files);
    List<String> names = raw.names();
    Map<String, String> texts = raw.texts();
    List<State> states = StatesFile.read(StatesFileName.STATES, texts.get(StatesFileName.STATES));
    TierTable tiers = TierFile.read(StatesFileName.TIERS, texts.get(StatesFileName.TIERS));

    List<RawRecord> records = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".rec") && !name.equals(StatementsFile.NAME)) {
        records.addAll(RecReader.read(name, texts.get(name)));
      }
    }
    Set<String> keys = new HashSet<>();
    states.forEach(s -> keys.add(s.key()));
    List<Organisation> organisations = new ArrayList<>();
    for (RawRecord r : records) {
      if (RecordMapper.kindOf(r).equals("organisation")) {
        Organisation o = RecordMapper.organisation(r);
        if (!keys.add(o.code())) {
          throw r.error(r.required("Code"), "the code is already used by a state or another organisation");
        }
        organisations.add(o);
      }
    }
    RecordMapper mapper = new RecordMapper(keys::contains);
    List<Commitment> commitments = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RawRecord r : records) {
      if (RecordMapper.kindOf(r).equals("organisation")) {
        continue;
      }
      Commitment c = mapper.commitment(r);
      if (!ids.add(c.id())) {
        throw r.error(r.required("Id"), "duplicate id: ids must be unique across the dataset");
      }
      if (c instanceof Partnership p && tiers.tierOf(p.label()).isEmpty()) {
        throw r.error(r.required("Label"), "label not found in " + StatesFileName.TIERS + " (add it with its tier)");
      }
      commitments.add(c);
    }
    List<Actor> actors = new ArrayList<>(states);
    actors.addAll(organisations);
    return new Catalog(raw.version(), actors, commitments, tiers);
  }

  /** The listed files' texts, in index order, and the dataset version they make. */
  private record RawFiles(String version, List<String> names, Map<String, String> texts) {}

  private static RawFiles read(CuratedFiles files) {
    String indexText = files.read(INDEX);
    String version = null;
    List<String> names = new ArrayList<>();
    String[] lines = indexText.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("version:")) {
        version = line.substring("version:".length()).strip();
      } else if (line.matches("[A-Za-z0-9._-]+\\.(rec|tsv)")) {
        names.add(line);
      } else {
        throw new DataFileException(INDEX, i + 1, "", line, "expected 'version: ...' or a file name ending .rec or .tsv");
      }
    }
    if (version == null) {
      throw new DataFileException(INDEX, 0, "version", "", "a 'version: ...' line is required");
    }
    for (String required : List.of(StatesFileName.STATES, StatesFileName.TIERS)) {
      if (!names.contains(required)) {
        throw new DataFileException(INDEX, 0, "", required, "must be listed");
      }
    }
    MessageDigest sha = sha256();
    Map<String, String> texts = new HashMap<>();
    for (String name : names) {
      String text = files.read(name);
      texts.put(name, text);
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
    String checksum = HexFormat.of().formatHex(sha.digest());
    return new RawFiles("curated " + version + " sha256:" + checksum.substring(0, 12), names, texts);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** The names of the two fixed tables. */
  private static final class StatesFileName {
    static final String STATES = "states.tsv";
    static final String TIERS = "partnership-tiers.tsv";
  }
}

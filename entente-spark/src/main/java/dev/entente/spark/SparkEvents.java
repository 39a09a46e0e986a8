package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventColumns;
import dev.entente.io.events.EventInput;
import dev.entente.io.events.EventLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Event files read by Spark into the rows of the store's {@code events} table ({@link EventColumns#NAMES}), by the
 * same rules as {@code entente import gdelt|icews} (the store's {@code EventImport}):
 *
 * <ul>
 *   <li>each file's layout detected from its first line by entente-core ({@code GdeltLayout}, {@code IcewsLayout});
 *   <li>read with that layout's delimiter, header, quoting, missing values and column types ({@link CsvOptions}),
 *       a line with the wrong number of fields stopping the job (Spark's {@code FAILFAST} mode);
 *   <li>mapped to the events columns by the layout's own projection ({@link SparkDialect});
 *   <li>checked: a value that is not of its column's type, a date that does not parse, a missing id or code, and
 *       the rules of {@code EventImport.checkValues} ({@link #VALUE_RULES}) stop the job with the first offending
 *       line, found by the layout's line-by-line check as in the store;
 *   <li>duplicates dropped as in {@code EventImport.dropDuplicates}: of the rows with one event id in a dataset, the
 *       row of the earliest file (in the order given) is kept, and within a file the first by the values of the
 *       columns in table order, NULL last except in the last column ({@code ORDER BY file_id, dataset, ...,
 *       source_url NULLS FIRST} in DuckDB, whose default is NULLS LAST).
 * </ul>
 *
 * <p>Zipped files are refused (Spark's readers have no zip codec); {@code .gz} is read directly.
 */
final class SparkEvents {

  /** The value rules of {@code EventImport.checkValues} (which uses regexp_full_match), in Spark SQL. */
  static final String VALUE_RULES = "NOT regexp_like(event_code, '^[0-9]{2,4}$') OR root_code <> left(event_code, 2)"
      + " OR root_code NOT BETWEEN '01' AND '20' OR goldstein NOT BETWEEN -10 AND 10 OR quad_class NOT BETWEEN 1 AND 4";

  /** The NOT NULL columns of {@code events} that the layouts fill (V3__events.sql). */
  private static final List<String> REQUIRED = List.of("event_id", "event_date", "event_code", "base_code", "root_code");

  private SparkEvents() {}

  /**
   * The events of {@code inputs} (in order; no two with the same path), checked and without duplicates, as a
   * persisted DataFrame with the columns {@link EventColumns#NAMES} and {@code file_id} (1-based, the input order).
   *
   * @throws DataFileException for the first line that breaks a rule
   */
  static Dataset<Row> read(SparkSession spark, List<EventInput> inputs) {
    for (EventInput in : inputs) {
      if (in.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        throw new DataFileException(in.file().toString(), 0, "", "", "zip archives cannot be read by Spark:"
            + " unzip them first (gzip them for a smaller copy; .gz is read directly)");
      }
    }
    // every field of every line is tokenized, so that a line with too few or too many fields is refused (FAILFAST)
    spark.conf().set("spark.sql.csv.parser.columnPruning.enabled", "false");
    Map<String, List<EventInput>> byLayout = new LinkedHashMap<>();
    for (EventInput in : inputs) {
      byLayout.computeIfAbsent(in.layout().name(), k -> new ArrayList<>()).add(in);
    }
    Dataset<Row> all = null;
    for (List<EventInput> group : byLayout.values()) {
      Dataset<Row> part = layout(spark, group, inputs);
      all = all == null ? part : all.unionByName(part);
    }
    all = all.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      List<Row> bad;
      try {
        bad = all.where(col("problem").isNotNull()).select("problem").limit(1).collectAsList();
      } catch (Exception e) { // SparkException is checked, but Scala throws it undeclared
        throw malformed(inputs, e);
      }
      if (!bad.isEmpty()) {
        throw located(inputs, bad.get(0).getString(0));
      }
      Dataset<Row> kept = dropDuplicates(all.drop("problem")).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      kept.count();
      return kept;
    } finally {
      all.unpersist();
    }
  }

  /** The files of one layout, typed, projected to the events columns, with {@code file_id} and {@code problem}. */
  private static Dataset<Row> layout(SparkSession spark, List<EventInput> group, List<EventInput> inputs) {
    EventLayout layout = group.get(0).layout();
    CsvOptions o = CsvOptions.of(layout);
    List<StructField> fields = new ArrayList<>();
    for (String c : layout.columns()) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    String[] paths = group.stream().map(i -> "file://" + i.file().toAbsolutePath().normalize()).toArray(String[]::new);
    Dataset<Row> raw = spark.read().schema(new StructType(fields.toArray(new StructField[0])))
        .option("sep", String.valueOf(o.delimiter())).option("header", o.header())
        .option("quote", o.quoted() ? "\"" : "\u0000").option("escape", o.quoted() ? "\"" : "\\")
        .option("mode", "FAILFAST").option("encoding", "UTF-8")
        .csv(paths);
    Dataset<Row> files = spark.createDataFrame(fileIds(group, inputs), new StructType(new StructField[] {
        DataTypes.createStructField("file_path", DataTypes.StringType, false),
        DataTypes.createStructField("file_id", DataTypes.IntegerType, false)}));
    raw = raw.withColumn("file_path", col("_metadata.file_path"))
        .join(org.apache.spark.sql.functions.broadcast(files), "file_path", "left");
    List<Column> typed = new ArrayList<>();
    Column typeProblem = lit(null).cast("string");
    for (Map.Entry<String, String> e : o.types().entrySet()) {
      Column c = col(quoted(e.getKey()));
      for (String n : o.nulls()) {
        c = org.apache.spark.sql.functions.nullif(c, lit(n));
      }
      Column t = e.getValue().equals("VARCHAR") ? c : c.try_cast(CsvOptions.sparkType(e.getValue()));
      typed.add(t.as(e.getKey()));
      typeProblem = when(c.isNotNull().and(t.isNull()), concat_ws("", lit(e.getKey() + " not " + e.getValue() + ": "), c))
          .otherwise(typeProblem);
    }
    typed.add(col("file_id"));
    typed.add(typeProblem.as("type_problem"));
    Dataset<Row> t = raw.select(typed.toArray(new Column[0]));
    String view = "entente_layout_" + layout.name().replace('-', '_');
    t.createOrReplaceTempView(view);
    Dataset<Row> events = spark.sql("SELECT " + SparkDialect.toSpark(layout.projection()) + ", file_id, type_problem FROM "
        + view);
    List<String> names = new ArrayList<>(EventColumns.NAMES);
    names.add("file_id");
    names.add("type_problem");
    events = events.toDF(names.toArray(new String[0]));
    Column problem = org.apache.spark.sql.functions.coalesce(col("type_problem"),
        when(col("file_id").isNull(), lit("a row of a file the job was not given")));
    for (String r : REQUIRED) {
      problem = org.apache.spark.sql.functions.coalesce(problem, when(col(r).isNull(), lit(r + " missing or not valid")));
    }
    problem = org.apache.spark.sql.functions.coalesce(problem,
        when(org.apache.spark.sql.functions.expr(VALUE_RULES), lit("a CAMEO code, root code, Goldstein value or QuadClass is out of range")));
    return events.withColumn("problem", when(problem.isNotNull(), concat_ws("\t", col("file_id").cast("string"), problem)))
        .drop("type_problem");
  }

  /**
   * Each file of the group as Spark names it in {@code _metadata.file_path} ({@code file:/a/b%20c}, the Hadoop
   * path's percent-encoded URI), with its position in {@code inputs}, 1-based: the store's {@code file_id}. A row
   * whose file is not found here gets no file id, which stops the job ({@code problem}) rather than losing rows.
   */
  private static List<Row> fileIds(List<EventInput> group, List<EventInput> inputs) {
    List<Row> out = new ArrayList<>();
    for (EventInput in : group) {
      String abs = in.file().toAbsolutePath().normalize().toString();
      out.add(RowFactory.create("file:" + new org.apache.hadoop.fs.Path(abs).toUri().getRawPath(), inputs.indexOf(in) + 1));
    }
    return out;
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /**
   * One row per dataset and event id, by the rule of {@code EventImport.dropDuplicates}. Only the ids that occur
   * more than once (few, usually none) go through the ordering; the others are kept as they are.
   */
  private static Dataset<Row> dropDuplicates(Dataset<Row> all) {
    Dataset<Row> repeated = all.groupBy("dataset", "event_id").count().where(col("count").gt(1)).drop("count");
    List<String> id = List.of("dataset", "event_id");
    scala.collection.immutable.Seq<String> on = scala.jdk.javaapi.CollectionConverters.asScala(id).toList();
    Dataset<Row> single = all.join(repeated, on, "left_anti");
    List<Column> key = new ArrayList<>();
    key.add(col("file_id").as("k_file_id"));
    List<String> names = EventColumns.NAMES;
    for (int i = 0; i < names.size(); i++) {
      if (i < names.size() - 1) {
        key.add(col(names.get(i)).isNull().as("k_null_" + i));
      }
      key.add(col(names.get(i)).as("k_" + i));
    }
    Dataset<Row> g = all.join(repeated, on, "left_semi").groupBy(col("dataset").as("g_dataset"), col("event_id").as("g_event_id"))
        .agg(min(struct(key.toArray(new Column[0]))).as("k"));
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(col("k.k_" + i).as(names.get(i)));
    }
    out.add(col("k.k_file_id").as("file_id"));
    return single.unionByName(g.select(out.toArray(new Column[0])));
  }

  /**
   * A line Spark's reader refused ({@code FAILFAST}: the wrong number of fields), named by the layouts' line check;
   * any other failure is passed on.
   */
  private static RuntimeException malformed(List<EventInput> inputs, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("malformed")) {
        for (EventInput in : inputs) {
          java.util.Optional<DataFileException> p = in.layout().firstProblem(in.file(), in.file().toString());
          if (p.isPresent()) {
            return p.get();
          }
        }
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }

  /** The first offending line of the file a problem was found in, named by the layout's own line check. */
  private static RuntimeException located(List<EventInput> inputs, String problem) {
    int tab = problem.indexOf('\t');
    if (tab < 0) {
      return new IllegalStateException("Spark read " + problem);
    }
    EventInput in = inputs.get(Integer.parseInt(problem.substring(0, tab)) - 1);
    return in.layout().firstProblem(in.file(), in.file().toString())
        .orElse(new DataFileException(in.file().toString(), 0, "", "", problem.substring(tab + 1)));
  }
}

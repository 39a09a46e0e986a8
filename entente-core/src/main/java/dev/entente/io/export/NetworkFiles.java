package dev.entente.io.export;

import dev.entente.analysis.network.CommitmentNetwork;
import dev.entente.analysis.network.Node;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.network.Tie;
import dev.entente.error.UserInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a commitment network for the tools analysts use: GraphML (yEd, Gephi, networkx {@code read_graphml}),
 * GEXF 1.3 (Gephi), JSON (nodes and edges with attributes) and a CSV edge list. Every file records the conventions
 * and data version the network was built with. One edge per tie (a pair tied by two commitments has two edges);
 * an edge is directed when the tie runs one way only.
 */
public final class NetworkFiles {

  /** The formats {@link #write} accepts. */
  public static final List<String> FORMATS = List.of("graphml", "gexf", "json", "csv");

  private NetworkFiles() {}

  /** Writes {@code network} (with its {@code measures}) to {@code out} in {@code format}. */
  public static void write(CommitmentNetwork network, StructureMeasures measures, Path out, String format) {
    String f = format.toLowerCase(Locale.ROOT);
    switch (f) {
      case "graphml" -> AtomicFile.write(out, w -> xml(w, x -> graphml(network, x)));
      case "gexf" -> AtomicFile.write(out, w -> xml(w, x -> gexf(network, x)));
      case "json" -> AtomicFile.write(out, w -> json(network, measures, w));
      case "csv" -> AtomicFile.write(out, w -> csv(network, w));
      default -> throw new UserInputException(
          "--to " + format + " is not a network format (allowed: " + String.join(", ", FORMATS) + ")");
    }
  }

  /** One line describing how the network was built. */
  public static String provenance(CommitmentNetwork n) {
    return "entente network " + n.when() + "; " + n.request().describe() + "; data: " + n.dataVersion();
  }

  private interface XmlBody {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static void xml(Writer w, XmlBody body) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      body.write(x);
      x.writeEndDocument();
      x.flush();
      w.write("\n");
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void graphml(CommitmentNetwork n, XMLStreamWriter x) throws XMLStreamException {
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    x.writeComment(" " + provenance(n).replace("--", "- -") + " ");
    key(x, "name", "node", "name", "string");
    key(x, "ccode", "node", "ccode", "int");
    key(x, "grouping", "node", "grouping", "boolean");
    key(x, "commitment", "edge", "commitment", "string");
    key(x, "kind", "edge", "kind", "string");
    key(x, "label", "edge", "label", "string");
    x.writeStartElement("graph");
    x.writeAttribute("id", "entente-" + n.when());
    x.writeAttribute("edgedefault", "undirected");
    for (Node node : n.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", node.key());
      data(x, "name", node.name());
      if (node.ccode() != null) {
        data(x, "ccode", node.ccode().toString());
      }
      data(x, "grouping", Boolean.toString(node.isGrouping()));
      x.writeEndElement();
    }
    int i = 0;
    for (Tie t : n.ties()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + i++);
      x.writeAttribute("source", t.from());
      x.writeAttribute("target", t.to());
      x.writeAttribute("directed", Boolean.toString(t.directed()));
      data(x, "commitment", t.commitment());
      data(x, "kind", t.kind().code());
      data(x, "label", t.label());
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String id, String domain, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void gexf(CommitmentNetwork n, XMLStreamWriter x) throws XMLStreamException {
    x.writeStartElement("gexf");
    x.writeDefaultNamespace("http://gexf.net/1.3");
    x.writeAttribute("version", "1.3");
    x.writeStartElement("meta");
    x.writeStartElement("creator");
    x.writeCharacters("entente");
    x.writeEndElement();
    x.writeStartElement("description");
    x.writeCharacters(provenance(n));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("graph");
    x.writeAttribute("defaultedgetype", "undirected");
    x.writeAttribute("mode", "static");
    attributes(x, "node", new String[][] {{"0", "ccode", "integer"}, {"1", "grouping", "boolean"}});
    attributes(x, "edge", new String[][] {{"0", "commitment", "string"}, {"1", "kind", "string"}});
    x.writeStartElement("nodes");
    for (Node node : n.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", node.key());
      x.writeAttribute("label", node.name());
      x.writeStartElement("attvalues");
      if (node.ccode() != null) {
        attvalue(x, "0", node.ccode().toString());
      }
      attvalue(x, "1", Boolean.toString(node.isGrouping()));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement("edges");
    int i = 0;
    for (Tie t : n.ties()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", Integer.toString(i++));
      x.writeAttribute("source", t.from());
      x.writeAttribute("target", t.to());
      x.writeAttribute("type", t.directed() ? "directed" : "undirected");
      x.writeAttribute("label", t.label());
      x.writeStartElement("attvalues");
      attvalue(x, "0", t.commitment());
      attvalue(x, "1", t.kind().code());
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void attributes(XMLStreamWriter x, String domain, String[][] attrs) throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", domain);
    for (String[] a : attrs) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", a[0]);
      x.writeAttribute("title", a[1]);
      x.writeAttribute("type", a[2]);
    }
    x.writeEndElement();
  }

  private static void attvalue(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", key);
    x.writeAttribute("value", value);
  }

  private static void json(CommitmentNetwork n, StructureMeasures m, Writer w) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\"when\": ").append(SimilarityFiles.quote(n.when()))
        .append(",\n \"conventions\": ").append(SimilarityFiles.quote(n.request().describe()))
        .append(",\n \"data\": ").append(SimilarityFiles.quote(n.dataVersion()))
        .append(",\n \"measures\": {\"nodes\": ").append(m.nodes()).append(", \"edges\": ").append(m.edges())
        .append(", \"degree_centralization\": ").append(num(m.degreeCentralization()))
        .append(", \"hub_clustering\": ").append(num(m.hubClustering()))
        .append(", \"hub_share\": ").append(num(m.hubShare()))
        .append(", \"transitivity\": ").append(num(m.transitivity()))
        .append(", \"density\": ").append(num(m.density()))
        .append(", \"bilateral_share\": ").append(num(m.bilateralShare()))
        .append(", \"components\": ").append(m.components())
        .append(", \"communities\": ").append(m.communities())
        .append(", \"modularity\": ").append(num(m.modularity()))
        .append(", \"polarization\": ").append(num(m.polarization())).append("},\n \"nodes\": [");
    for (int i = 0; i < n.nodes().size(); i++) {
      Node node = n.nodes().get(i);
      b.append(i == 0 ? "\n  " : ",\n  ").append("{\"id\": ").append(SimilarityFiles.quote(node.key()))
          .append(", \"ccode\": ").append(node.ccode() == null ? "null" : node.ccode().toString())
          .append(", \"name\": ").append(SimilarityFiles.quote(node.name()))
          .append(", \"grouping\": ").append(node.isGrouping()).append('}');
    }
    b.append("],\n \"edges\": [");
    for (int i = 0; i < n.ties().size(); i++) {
      Tie t = n.ties().get(i);
      b.append(i == 0 ? "\n  " : ",\n  ").append("{\"source\": ").append(SimilarityFiles.quote(t.from()))
          .append(", \"target\": ").append(SimilarityFiles.quote(t.to()))
          .append(", \"directed\": ").append(t.directed())
          .append(", \"commitment\": ").append(SimilarityFiles.quote(t.commitment()))
          .append(", \"kind\": ").append(SimilarityFiles.quote(t.kind().code()))
          .append(", \"label\": ").append(SimilarityFiles.quote(t.label())).append('}');
    }
    b.append("]}\n");
    w.write(b.toString());
  }

  private static String num(Double v) {
    return v == null ? "null" : SimilarityFiles.number(v);
  }

  private static void csv(CommitmentNetwork n, Writer w) throws IOException {
    w.write("# " + provenance(n) + "\n");
    w.write("source,target,directed,commitment,kind,label\n");
    for (Tie t : n.ties()) {
      w.write(String.join(",", csvField(t.from()), csvField(t.to()), Boolean.toString(t.directed()),
          csvField(t.commitment()), t.kind().code(), csvField(t.label())) + "\n");
    }
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

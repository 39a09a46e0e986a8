package dev.entente.io.fetch;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a dataset is published: the files to download and, where known, the SHA-256 of each (a file whose
 * checksum is listed must match it).
 *
 * @param dataset the dataset name (the importer's name)
 * @param files the files
 * @param page the publisher's page, for people
 */
public record DatasetSource(String dataset, List<RemoteFile> files, String page) {

  public DatasetSource {
    Objects.requireNonNull(dataset, "dataset");
    files = List.copyOf(files);
    Objects.requireNonNull(page, "page");
  }

  /**
   * One file.
   *
   * @param url where it is
   * @param sha256 its expected SHA-256 (lower-case hex), when known
   */
  public record RemoteFile(URI url, Optional<String> sha256) {
    public RemoteFile {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(sha256, "sha256");
    }

    /** The file name at the end of the URL. */
    public String fileName() {
      String path = url.getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      return name.isEmpty() ? "download" : name;
    }
  }
}

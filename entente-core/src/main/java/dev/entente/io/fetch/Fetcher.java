package dev.entente.io.fetch;

import dev.entente.error.FetchException;
import dev.entente.io.tabular.TabularFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads a dataset's files into a directory, verifying each: the HTTP status, the length the server announced
 * against the bytes received (a transfer cut off halfway is an error, and its partial file is deleted), and the
 * SHA-256 where one is known. A {@code .zip} is unpacked into the directory. Progress is reported as bytes received
 * and bytes expected.
 */
public final class Fetcher {

  /**
   * Progress of one file.
   *
   * @param file the file name
   * @param received bytes so far
   * @param total bytes expected, or -1 when the server did not say
   */
  public record Progress(String file, long received, long total) {}

  private final HttpClient client;
  private final Consumer<Progress> progress;

  public Fetcher(Consumer<Progress> progress) {
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(20))
        .build();
    this.progress = progress;
  }

  /**
   * Downloads every file of {@code source} into {@code dir} (created if needed) and returns {@code dir}.
   *
   * @throws FetchException naming the URL and what went wrong
   */
  public Path fetch(DatasetSource source, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new FetchException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    List<Path> done = new ArrayList<>();
    for (DatasetSource.RemoteFile f : source.files()) {
      Path file = download(f, dir);
      done.add(file);
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        unzip(file, dir);
      }
    }
    return dir;
  }

  private Path download(DatasetSource.RemoteFile f, Path dir) {
    URI url = f.url();
    Path target = dir.resolve(f.fileName());
    Path part = dir.resolve(f.fileName() + ".part");
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(30))
        .header("User-Agent", "entente (research data fetcher)").GET().build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new FetchException(url + ": the server answered HTTP " + response.statusCode());
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      long total = length.orElse(-1);
      long received = 0;
      try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(part)) {
        byte[] buf = new byte[1 << 16];
        int n;
        long reported = 0;
        progress.accept(new Progress(f.fileName(), 0, total));
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
          received += n;
          if (received - reported >= (1 << 20)) {
            progress.accept(new Progress(f.fileName(), received, total));
            reported = received;
          }
        }
      } catch (IOException e) {
        throw new FetchException(url + ": the download broke off after " + received + " of "
            + (total < 0 ? "?" : total) + " bytes (" + e.getMessage() + ")", e);
      }
      progress.accept(new Progress(f.fileName(), received, total));
      if (total >= 0 && received != total) {
        throw new FetchException(url + ": the download broke off after " + received + " of " + total + " bytes");
      }
      if (f.sha256().isPresent()) {
        String actual = TabularFile.sha256(part);
        if (!actual.equals(f.sha256().get())) {
          throw new FetchException(url + ": the file's SHA-256 is " + actual + ", expected " + f.sha256().get());
        }
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new FetchException(url + ": cannot download (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url + ": the download was interrupted", e);
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // best effort: a leftover .part file is harmless and replaced by the next download
      }
    }
  }

  private static void unzip(Path zip, Path dir) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        String name = Path.of(e.getName()).getFileName().toString();
        if (name.startsWith(".") || e.getName().contains("__MACOSX")) {
          continue;
        }
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException ex) {
      throw new FetchException(zip + ": not a readable zip archive (" + ex.getMessage() + ")", ex);
    }
  }
}

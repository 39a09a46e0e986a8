package dev.entente.cli.commands;

import dev.entente.error.UserInputException;
import dev.entente.web.WebServer;
import dev.entente.web.Workbench;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente serve [--port 7474] [--host 127.0.0.1]}: the workbench (JSON API and dashboard) over the store,
 * opened read-only. Serves until Ctrl-C (a shutdown hook stops the server and closes the store) or until the
 * serving thread is interrupted.
 */
@Command(
    name = "serve",
    description = {
      "Serve the workbench: the read-only JSON API under /api/v1 and the dashboard, on this machine only by default.",
      "Stop with Ctrl-C."
    })
public final class ServeCommand extends ContextCommand {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7474",
      description = "The port (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UserInputException("--port " + port + " is not a port (0-65535)");
    }
    Workbench bench = new Workbench(context.store());
    WebServer server;
    try {
      server = WebServer.start(bench, host, port);
    } catch (RuntimeException e) {
      bench.close();
      throw new UserInputException("cannot serve on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop();
      bench.close();
      stopped.countDown();
    }, "entente-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    context.out().println("entente: serving " + context.dbPath() + " (read-only) at " + server.url());
    context.out().println("entente: API " + server.url() + "api/v1/openapi.json; stop with Ctrl-C");
    context.out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      hook.run();
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}

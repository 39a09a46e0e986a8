package dev.entente.web;

import dev.entente.error.UserInputException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench server: the API under {@code /api/v1}, its OpenAPI description at {@code /api/v1/openapi.json},
 * the dashboard from {@code /public} on the class path and ECharts and Cytoscape from their WebJars (no internet
 * needed). Every error is a JSON object: parameter errors 400, unknown actors and routes 404, anything unexpected a
 * 500 that says only "internal error" (the cause goes to the server's log, never to the client).
 *
 * <p>Binds where it is told (the CLI defaults to 127.0.0.1); port 0 takes a free port.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** The routes of the API, in the order the OpenAPI description lists them. */
  public static List<ApiRoute> routes(Workbench bench) {
    List<ApiRoute> routes = new ArrayList<>(new ApiRoutes(bench).routes());
    routes.addAll(new AlignmentRoutes(bench).routes());
    routes.addAll(new NetworkRoutes(bench).routes());
    routes.addAll(new ScenarioRoutes(bench).routes());
    routes.addAll(new LandscapeRoutes(bench).routes());
    routes.addAll(new EventRoutes(bench).routes());
    return List.copyOf(routes);
  }

  /** Starts the server on {@code host:port}. */
  public static WebServer start(Workbench bench, String host, int port) {
    List<ApiRoute> routes = routes(bench);
    String version = String.valueOf(WebServer.class.getPackage().getImplementationVersion());
    Map<String, Object> openApi = OpenApi.document(routes, version.equals("null") ? "development" : version);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.staticFiles.add("/public", Location.CLASSPATH);
      cfg.staticFiles.enableWebjars();
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler()));
      for (ApiRoute r : routes) {
        cfg.routes.get(r.path(), ctx -> {
          Query q = new Query(r.params(), ctx.queryParamMap(), ctx.pathParamMap(), bench::actor);
          Object answer = r.handler().apply(q);
          if (answer instanceof RawJson raw) {
            ctx.contentType("application/json").result(raw.bytes());
          } else {
            ctx.json(answer);
          }
        });
      }
      cfg.routes.get(ApiRoutes.BASE + "/openapi.json", ctx -> ctx.json(openApi));
      cfg.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
      cfg.routes.exception(UserInputException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {}", ctx.path(), e);
        ctx.status(500).json(Map.of("error", "internal error"));
      });
      cfg.routes.error(404, ctx -> notFound(ctx));
      cfg.routes.error(405, ctx -> plain(ctx, "method not allowed: the API is read-only (GET)"));
    });
    app.start(host, port);
    return new WebServer(app, host);
  }

  private static void notFound(Context ctx) {
    if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
      plain(ctx, "not found: " + clip(ctx.path()) + " (the API is under " + ApiRoutes.BASE
          + ", described at " + ApiRoutes.BASE + "/openapi.json)");
    }
  }

  private static void plain(Context ctx, String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    ctx.json(body);
  }

  private static String clip(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }

  public int port() {
    return app.port();
  }

  /** The dashboard's address. */
  public String url() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  /** Stops the server. */
  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}

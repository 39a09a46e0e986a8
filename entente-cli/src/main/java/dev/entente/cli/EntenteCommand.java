package dev.entente.cli;

import dev.entente.cli.commands.ActorsCommand;
import dev.entente.cli.commands.BriefCommand;
import dev.entente.cli.commands.CiteCommand;
import dev.entente.cli.commands.DataCommand;
import dev.entente.cli.commands.DyadsCommand;
import dev.entente.cli.commands.DefactoCommand;
import dev.entente.cli.commands.CriticismCommand;
import dev.entente.cli.commands.EventsCommand;
import dev.entente.cli.commands.ExportCommand;
import dev.entente.cli.commands.ImportCommand;
import dev.entente.cli.commands.LandscapeCommand;
import dev.entente.cli.commands.NetworkCommand;
import dev.entente.cli.commands.ObligationsCommand;
import dev.entente.cli.commands.PartnersCommand;
import dev.entente.cli.commands.RejectsCommand;
import dev.entente.cli.commands.RenewalsCommand;
import dev.entente.cli.commands.ScenarioCommand;
import dev.entente.cli.commands.ServeCommand;
import dev.entente.cli.commands.ShowCommand;
import dev.entente.cli.commands.SimilarityCommand;
import dev.entente.cli.commands.SqlCommand;
import dev.entente.cli.commands.TiesCommand;
import dev.entente.error.EntenteException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the list of commands. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = EntenteCommand.Version.class,
    description = "An engine for alliance politics: who is bound to defend whom, since when, and how closely states align.",
    subcommands = {
      BriefCommand.class,
      ObligationsCommand.class,
      TiesCommand.class,
      PartnersCommand.class,
      RenewalsCommand.class,
      ActorsCommand.class,
      ShowCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      CiteCommand.class,
      ImportCommand.class,
      RejectsCommand.class,
      DataCommand.class,
      DyadsCommand.class,
      EventsCommand.class,
      SimilarityCommand.class,
      NetworkCommand.class,
      ScenarioCommand.class,
      LandscapeCommand.class,
      ServeCommand.class,
      CriticismCommand.class,
      DefactoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EntenteCommand implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      scope = CommandLine.ScopeType.INHERIT,
      description = "The store file. Default: $ENTENTE_HOME/entente.duckdb, else ~/.entente/entente.duckdb.")
  void setDb(Path db) {
    context.setDb(db);
  }

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of internal errors.")
  boolean debug;

  private final CliContext context;

  EntenteCommand(CliContext context) {
    this.context = context;
  }

  /** The shared context of this invocation. */
  public CliContext context() {
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.err());
    return ExitCode.USAGE;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    boolean terminal = stdout == System.out && System.console() != null;
    return run(args, out, err, terminal, System.getenv());
  }

  /** Runs the command line; the test harness calls this directly. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env) {
    try (CliContext context = new CliContext(out, err, terminal, env)) {
      EntenteCommand root = new EntenteCommand(context);
      CommandLine.IFactory factory = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
          K k = CommandLine.defaultFactory().create(cls);
          if (k instanceof ContextAware aware) {
            aware.context(context);
          }
          return k;
        }
      };
      CommandLine cl = new CommandLine(root, factory);
      cl.setOut(out);
      cl.setErr(err);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      cl.setParameterExceptionHandler(
          (ex, a) -> {
            err.println("entente: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
          });
      cl.setExecutionExceptionHandler(
          (ex, commandLine, parseResult) -> {
            if (ex instanceof EntenteException) {
              err.println("entente: " + ex.getMessage());
              if (root.debug) {
                ex.printStackTrace(err);
              }
              return ExitCode.USER_ERROR;
            }
            err.println("entente: internal error: " + ex + (root.debug ? "" : " (run with --debug for details)"));
            if (root.debug) {
              ex.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
          });
      int code = cl.execute(args);
      out.flush();
      err.flush();
      return code;
    } catch (EntenteException e) {
      err.println("entente: " + e.getMessage());
      err.flush();
      return ExitCode.USER_ERROR;
    } catch (RuntimeException e) {
      err.println("entente: internal error: " + e);
      err.flush();
      return ExitCode.INTERNAL;
    }
  }

  /** The version line. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = EntenteCommand.class.getPackage().getImplementationVersion();
      return new String[] {"entente " + (v == null ? "(development build)" : v)};
    }
  }
}

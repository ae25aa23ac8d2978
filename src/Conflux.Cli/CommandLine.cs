using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Conflux.Cli;

/// <summary>
/// The <c>conflux</c> command line: its commands, and how a run ends. A mistake in the command line prints the
/// error and the command's usage on the error writer and exits with code 2; <c>--help</c> prints the usage, with
/// every option's default and environment variable, and exits with 0.
/// </summary>
internal static class CommandLine
{
    /// <summary>The exit code of a mistake in the command line.</summary>
    public const int UsageExitCode = 2;

    /// <summary>
    /// Parses and runs <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>
    /// (never to <see cref="Console"/> directly, so that tests can run commands side by side).
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot();
        var parse = root.Parse(args, Parser);
        if (args.Count == 0)
        {
            WriteHelp([], output);
            return 0;
        }

        if (parse.Action is ParseErrorAction)
        {
            foreach (var mistake in parse.Errors)
            {
                error.WriteLine($"conflux: {mistake.Message}");
            }

            error.WriteLine();
            WriteHelp(CommandPath(parse), error);
            return UsageExitCode;
        }

        if (parse.Action is HelpAction)
        {
            // conflux --help, conflux node --help ...
            WriteHelp(CommandPath(parse), output);
            return 0;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Exceptions reach the caller (Program says why a node cannot start, in one line).
                EnableDefaultExceptionHandler = false,
                // The node host and the cluster command handle SIGTERM and Ctrl-C themselves.
                ProcessTerminationTimeout = null,
            }, cancellationToken);
        }
        catch (CliException ex)
        {
            error.WriteLine($"conflux: {ex.Message}");
            error.WriteLine();
            WriteHelp(CommandPath(parse), error);
            return UsageExitCode;
        }
    }

    /// <summary>
    /// Writes the help of the command at <paramref name="path"/>. The whole command's help (an empty path) goes on
    /// with every command's usage and options, so that <c>conflux --help</c> shows every option, its default and its
    /// environment variable.
    /// </summary>
    public static void WriteHelp(IReadOnlyList<string> path, TextWriter to)
    {
        to.Write(Help(path));
        if (path.Count > 0)
        {
            return;
        }

        foreach (var command in Leaves(CreateRoot(), []))
        {
            var help = Help(command);
            to.Write(help[help.IndexOf("Usage:", StringComparison.Ordinal)..]);
        }
    }

    /// <summary>The paths of the commands that run something (conflux node, conflux member add ...).</summary>
    private static IEnumerable<string[]> Leaves(Command command, string[] path) =>
        command.Subcommands.Count == 0 ? [path] : command.Subcommands.SelectMany(c => Leaves(c, [.. path, c.Name]));

    /// <summary>The help System.CommandLine writes for the command at <paramref name="path"/>.</summary>
    private static string Help(IReadOnlyList<string> path)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var help = CreateRoot().Parse([.. path, "--help"], Parser);
        help.Invoke(new InvocationConfiguration { Output = text, Error = text, ProcessTerminationTimeout = null });
        return text.ToString();
    }

    /// <summary>The names of the commands parsed, after conflux: [], [node], [member, add].</summary>
    private static List<string> CommandPath(ParseResult parse)
    {
        var path = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command && command.Parent is not null; result = command.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        return path;
    }

    /// <summary>The commands: node, cluster, member, and the client commands status, perform and state.</summary>
    public static Command CreateRoot()
    {
        // Not a RootCommand: its name would be the assembly's (Conflux.Cli), and the command is conflux.
        var root = new Command(Name,
            "Conflux: a Raft-replicated state machine. Run nodes (conflux node, or conflux cluster for a local cluster of processes), "
            + "and talk to a running cluster over its HTTP API (status, perform, state, member). Below: every command's options.");
        // Help wraps at a fixed width, also when it is not printed on a terminal (a test, a pipe, a file).
        root.Add(new HelpOption { Action = new HelpAction { MaxWidth = HelpWidth } });
        root.Add(new VersionOption());

        root.Add(NodeCommand.Create());
        root.Add(ClusterCommand.Create());
        root.Add(MemberCommand.Create());
        root.Add(ClientCommands.CreateStatus());
        root.Add(ClientCommands.CreatePerform());
        root.Add(ClientCommands.CreateState());
        return root;
    }

    /// <summary>The command's name, as installed (a .NET tool) and as built (a copy of the apphost).</summary>
    public const string Name = "conflux";

    private const int HelpWidth = 120;

    /// <summary>No response files: an argument that starts with @ (a secret, say) is taken as it is.</summary>
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>
    /// An option whose help says its default (<paramref name="defaultText"/>, or "required") and, when it has one,
    /// the environment variable it is read from.
    /// </summary>
    public static Option<string> Text(string name, string helpName, string description, string? defaultText, string? variable = null, bool required = false, string[]? aliases = null) =>
        new(name, aliases ?? [])
        {
            HelpName = helpName,
            Required = required,
            Description = Describe(description, required ? null : defaultText, variable),
        };

    /// <summary>An option with a default value, which the help shows.</summary>
    public static Option<string> Value(string name, string helpName, string description, string defaultValue, string[]? aliases = null) =>
        new(name, aliases ?? [])
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };

    /// <summary>A flag (an option without a value), off by default.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = Describe(description, "off", null) };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, with the same message for any other value.</summary>
    public static Option<int> WholeNumber(string name, string helpName, string description, int fallback, int min, int max) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => fallback,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    result.AddError($"{name} must be a whole number from {min} to {max} (got \"{text}\")");
                    return fallback;
                }

                return value;
            },
        };

    private static string Describe(string description, string? defaultText, string? variable) =>
        description + (defaultText is null ? "" : $" [default: {defaultText}]") + (variable is null ? "" : $" [env: {variable}]");

    /// <summary>Where a command writes what it prints: the run's output writer.</summary>
    public static TextWriter Output(this ParseResult parse) => parse.InvocationConfiguration.Output;

    /// <summary>Where a command writes errors: the run's error writer.</summary>
    public static TextWriter Error(this ParseResult parse) => parse.InvocationConfiguration.Error;
}

/// <summary>A mistake in the command line found after parsing: printed with the usage, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);

using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Conflux.Cli;

/// <summary>
/// The client commands, in the manner of etcdctl: <c>conflux status</c>, <c>conflux perform</c> and <c>conflux state</c>
/// ask running nodes over their HTTP API (GET /status, POST /perform/METHOD, GET /state).
/// </summary>
internal static class ClientCommands
{
    /// <summary>Where the client commands look for a node when --endpoints is not given (conflux cluster's first node).</summary>
    public const string DefaultEndpoint = "http://127.0.0.1:8001";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary><c>conflux status</c>: every endpoint's view of the cluster, as a table or JSON.</summary>
    public static Command CreateStatus()
    {
        var endpoints = Endpoints("Every node to ask; each is asked on its own");
        var output = CommandLine.Value("--output", "table|json", "How to print the answers.", "table", aliases: ["-o"]);
        var timeout = RequestTimeout();
        var ca = ClientHttp.CaOption();
        var command = new Command("status",
            "Ask every endpoint for its status (GET /status) and print a table: its id, role, term, the leader it knows, its commit "
            + "and applied indexes, or why it did not answer. Exits with 1 when no endpoint answered.") { endpoints, output, timeout, ca };
        command.SetAction((cli, cancellationToken) => StatusAsync(
            SplitEndpoints(cli.GetRequiredValue(endpoints)), cli.GetValue(output) ?? "table", ClientHttp.Create(Milliseconds(cli.GetValue(timeout)), cli.GetValue(ca)),
            cli.Output(), cli.Error(), cancellationToken));
        return command;
    }

    /// <summary><c>conflux perform METHOD [ARGS...]</c>: one action, through the first endpoint that answers.</summary>
    public static Command CreatePerform()
    {
        var method = new Argument<string>("METHOD") { Description = "The registered method to perform, for example append, put or increment." };
        var args = new Argument<string[]>("ARGS")
        {
            Description = "Its arguments: each is read as JSON when it is JSON (1, true, \"x\", [1,2], {\"a\":1}), else taken as a string.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var endpoints = Endpoints("Nodes to send the action to, tried in order until one answers (any node forwards to its leader)");
        var token = Token("The cluster's client token, sent as Authorization: Bearer T, when its nodes have one.");
        var timeout = RequestTimeout();
        var ca = ClientHttp.CaOption();
        var command = new Command("perform",
            "Perform an action (POST /perform/METHOD with the arguments as a JSON array) and print the node's answer: the action "
            + "and its log index. Exits with 1 when the action is refused or fails.\n"
            + "  conflux perform put k 1          sends [\"k\",1]\n"
            + "  conflux perform append '\"x\"'     sends [\"x\"]") { method, args, endpoints, token, timeout, ca };
        command.SetAction((cli, cancellationToken) => PerformAsync(
            SplitEndpoints(cli.GetRequiredValue(endpoints)), cli.GetRequiredValue(method), cli.GetValue(args) ?? [],
            cli.GetValue(token) ?? NodeCommand.FromEnvironment(NodeCommand.ClientTokenVariable), ClientHttp.Create(Milliseconds(cli.GetValue(timeout)), cli.GetValue(ca)),
            cli.Output(), cli.Error(), cancellationToken));
        return command;
    }

    /// <summary><c>conflux state</c>: the replicated state, as JSON.</summary>
    public static Command CreateState()
    {
        var endpoints = Endpoints("Nodes to read from, tried in order until one answers");
        var consistency = CommandLine.Value("--consistency", "local|linearizable",
            "local: the node's applied state, at once; linearizable: confirmed with a majority, so no write that has finished is missing.", "local");
        var token = Token("A token that may read the state (the client token or the read token), when its nodes have one.");
        var timeout = RequestTimeout();
        var ca = ClientHttp.CaOption();
        var command = new Command("state", "Print the replicated state as JSON (GET /state).") { endpoints, consistency, token, timeout, ca };
        command.SetAction((cli, cancellationToken) =>
        {
            var level = cli.GetValue(consistency) ?? "local";
            if (level is not ("local" or "linearizable"))
            {
                throw new CliException($"--consistency must be local or linearizable (got \"{level}\")");
            }

            return GetTextAsync(SplitEndpoints(cli.GetRequiredValue(endpoints)), $"/state?consistency={level}", "state",
                cli.GetValue(token) ?? NodeCommand.FromEnvironment(NodeCommand.ClientTokenVariable), ClientHttp.Create(Milliseconds(cli.GetValue(timeout)), cli.GetValue(ca)),
                cli.Output(), cli.Error(), cancellationToken);
        });
        return command;
    }

    /// <summary>Splits and checks a comma-separated list of node URLs.</summary>
    public static IReadOnlyList<string> SplitEndpoints(string text)
    {
        var endpoints = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var endpoint in endpoints)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new CliException($"endpoints are node URLs such as {DefaultEndpoint} (got \"{endpoint}\")");
            }
        }

        return endpoints.Length > 0 ? endpoints : throw new CliException("--endpoints is empty");
    }

    /// <summary>
    /// Asks <paramref name="endpoints"/> in order until one can be connected to. Only a failed connection moves on: a
    /// request that reached a node may have acted, and is not sent again.
    /// </summary>
    public static async Task<T> FirstAnsweringAsync<T>(IReadOnlyList<string> endpoints, Func<string, Task<T>> ask)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await ask(endpoints[i]);
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError && i < endpoints.Count - 1)
            {
                // Not listening: the next one.
            }
        }
    }

    private static Option<string> Endpoints(string description) =>
        CommandLine.Value("--endpoints", "URL,...", $"{description}: node HTTP URLs, comma-separated.", DefaultEndpoint);

    /// <summary>The client token option of a command (also read from the environment).</summary>
    internal static Option<string> Token(string description) =>
        CommandLine.Text("--client-token", "T", description, "none", NodeCommand.ClientTokenVariable);

    private static Option<int> RequestTimeout() =>
        CommandLine.WholeNumber("--timeout", "MS", "How long to wait for each node's answer, in milliseconds.", 10_000, 1, 3_600_000);

    private static TimeSpan Milliseconds(int value) => TimeSpan.FromMilliseconds(value);

    private static async Task<int> StatusAsync(IReadOnlyList<string> endpoints, string format, HttpClient client, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        using var http = client;
        if (format is not ("table" or "json"))
        {
            throw new CliException($"--output must be table or json (got \"{format}\")");
        }

        var answers = await Task.WhenAll(endpoints.Select(async endpoint =>
        {
            try
            {
                using var response = await http.GetAsync(At(endpoint, "/status"), cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return new StatusAnswer(endpoint, null, $"{(int)response.StatusCode}: {ErrorOf(body, response.ReasonPhrase)}");
                }

                using var document = JsonDocument.Parse(body);
                return new StatusAnswer(endpoint, document.RootElement.Clone(), null);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return new StatusAnswer(endpoint, null, ex is TaskCanceledException ? $"no answer within {http.Timeout.TotalMilliseconds:0} ms" : ex.Message);
            }
        }));

        if (format == "json")
        {
            var items = answers.Select(a => a.Status is { } status
                ? (object)new Dictionary<string, object> { ["endpoint"] = a.Endpoint, ["status"] = status }
                : new Dictionary<string, object> { ["endpoint"] = a.Endpoint, ["error"] = a.Error! });
            await output.WriteLineAsync(JsonSerializer.Serialize(items, Indented));
        }
        else
        {
            WriteTable(output, ["ENDPOINT", "ID", "ROLE", "TERM", "LEADER", "COMMIT INDEX", "APPLIED INDEX", "ERROR"], answers.Select(a => a.Status is { } s
                ? new[] { a.Endpoint, Field(s, "id"), Field(s, "roleName"), Field(s, "term"), Field(s, "leader"), Field(s, "commitIndex"), Field(s, "appliedIndex"), "" }
                : [a.Endpoint, "", "", "", "", "", "", a.Error!]));
        }

        if (answers.All(a => a.Status is null))
        {
            await error.WriteLineAsync($"conflux status: no endpoint answered ({string.Join(", ", endpoints)})");
            return 1;
        }

        return 0;
    }

    private static async Task<int> PerformAsync(IReadOnlyList<string> endpoints, string method, string[] args, string? token, HttpClient client,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var body = ArgumentsJson(args);
        using var http = client;
        return await AskAsync(endpoints, "perform", error, async endpoint =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, At(endpoint, $"/perform/{Uri.EscapeDataString(method)}"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return await PrintAsync(response, "perform", output, error, cancellationToken);
        });
    }

    private static async Task<int> GetTextAsync(IReadOnlyList<string> endpoints, string path, string name, string? token, HttpClient client,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var http = client;
        return await AskAsync(endpoints, name, error, async endpoint =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, At(endpoint, path));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return await PrintAsync(response, name, output, error, cancellationToken);
        });
    }

    /// <summary>The first endpoint that can be connected to answers; when none can, or it does not answer in time, exit code 1.</summary>
    private static async Task<int> AskAsync(IReadOnlyList<string> endpoints, string name, TextWriter error, Func<string, Task<int>> ask)
    {
        try
        {
            return await FirstAnsweringAsync(endpoints, ask);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"conflux {name}: no endpoint could be reached ({string.Join(", ", endpoints)}): {ex.Message}{(ex.InnerException is { } inner ? $" ({inner.Message})" : "")}");
            return 1;
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            await error.WriteLineAsync($"conflux {name}: no answer in time: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Prints a success's body (JSON) on the output, or the error a node gave; exit code 0 or 1.</summary>
    private static async Task<int> PrintAsync(HttpResponseMessage response, string name, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            await output.WriteLineAsync(text);
            return 0;
        }

        await error.WriteLineAsync($"conflux {name}: {(int)response.StatusCode}: {ErrorOf(text, response.ReasonPhrase)}");
        return 1;
    }

    /// <summary>The arguments as a JSON array: each one as JSON when it parses as JSON, else as a string.</summary>
    internal static string ArgumentsJson(IEnumerable<string> args)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var arg in args)
            {
                try
                {
                    using var document = JsonDocument.Parse(arg);
                    document.RootElement.WriteTo(writer);
                }
                catch (JsonException)
                {
                    writer.WriteStringValue(arg);
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Uri At(string endpoint, string path) => new(endpoint.TrimEnd('/') + path, UriKind.Absolute);

    /// <summary>The <c>error</c> of a node's JSON error reply, else the body or the reason phrase.</summary>
    private static string ErrorOf(string body, string? reason)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body as it is.
        }

        return body.Length > 0 ? body : reason ?? "";
    }

    /// <summary>A field of a status reply as text: a string as it is, null as "-", anything else as JSON.</summary>
    private static string Field(JsonElement status, string name) =>
        !status.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? "-"
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : value.GetRawText();

    private static void WriteTable(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private sealed record StatusAnswer(string Endpoint, JsonElement? Status, string? Error);
}

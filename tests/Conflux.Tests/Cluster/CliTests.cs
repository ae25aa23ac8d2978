using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Conflux.Cli;
using Command = System.CommandLine.Command;
using Option = System.CommandLine.Option;

namespace Conflux.Tests.Cluster;

/// <summary>
/// The <c>conflux</c> command line, run in this process with its own writers: every option's help says its default
/// and environment variable; a mistake prints the error and the usage on stderr with exit code 2; the client
/// commands (status, perform, state) talk to a real node process.
/// </summary>
public sealed partial class CliTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The options read from the environment, by command path: each one's help must name its variable.</summary>
    private static readonly Dictionary<(string Command, string Option), string> Variables = new()
    {
        [("node", "--secret")] = "CONFLUX_SECRET",
        [("node", "--redis")] = "CONFLUX_REDIS",
        [("node", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("member add", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("member promote", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("member remove", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("perform", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("state", "--client-token")] = "CONFLUX_CLIENT_TOKEN",
        [("node", "--read-token")] = "CONFLUX_READ_TOKEN",
        [("status", "--ca")] = "CONFLUX_CA",
        [("perform", "--ca")] = "CONFLUX_CA",
        [("state", "--ca")] = "CONFLUX_CA",
        [("member list", "--ca")] = "CONFLUX_CA",
        [("member add", "--ca")] = "CONFLUX_CA",
        [("member promote", "--ca")] = "CONFLUX_CA",
        [("member remove", "--ca")] = "CONFLUX_CA",
    };

    [Fact]
    public async Task Conflux_help_lists_every_option_of_every_command_with_its_default_and_variable()
    {
        var (code, stdout, stderr) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("conflux [command] [options]", stdout, StringComparison.Ordinal);

        var commands = Leaves(CommandLine.CreateRoot(), "").ToList();
        Assert.Equal(["node", "cluster", "member list", "member add", "member promote", "member remove", "status", "perform", "state"],
            commands.Select(c => c.Path));
        var sections = Sections(stdout);
        foreach (var (path, command) in commands)
        {
            Assert.True(sections.TryGetValue(path, out var section), $"conflux --help has no usage of conflux {path}");
            AssertDocumented(path, command, section);
        }

        // The variables of the table above are all in the help, so that the table cannot name an option that went away.
        Assert.All(Variables, v => Assert.Contains($"[env: {v.Value}]", Spaces().Replace(sections[v.Key.Command], " "), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Conflux_node_help_lists_every_node_option_with_its_default_and_variable()
    {
        var (code, stdout, stderr) = await RunAsync("node", "--help");
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("conflux node [options]", stdout, StringComparison.Ordinal);
        var node = CommandLine.CreateRoot().Subcommands.Single(c => c.Name == "node");
        Assert.True(node.Options.Count > 20, "conflux node lost its options");
        AssertDocumented("node", node, stdout);

        var entries = Entries(stdout);
        Assert.Contains("[default: 5000]", entries["--timeout"], StringComparison.Ordinal);
        Assert.Contains("[default: 20000]", entries["--snapshot-entries"], StringComparison.Ordinal);
        Assert.Contains("[default: tcp]", entries["--channel"], StringComparison.Ordinal);
        Assert.Contains("[default: 127.0.0.1:6379] [env: CONFLUX_REDIS]", entries["--redis"], StringComparison.Ordinal);
        Assert.Contains("[env: CONFLUX_SECRET]", entries["--secret"], StringComparison.Ordinal);
        Assert.Contains("[env: CONFLUX_CLIENT_TOKEN]", entries["--client-token"], StringComparison.Ordinal);
        Assert.Contains("(REQUIRED)", entries["--id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflux_alone_prints_the_help_and_exits_with_0()
    {
        var (code, stdout, stderr) = await RunAsync();
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("conflux node [options]", stdout, StringComparison.Ordinal);
        Assert.Contains("conflux status [options]", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--bogus'", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--bogus", "x")]
    [InlineData("Option '--id' is required", "node", "node", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001")]
    [InlineData("--timeout must be a whole number from 1 to 3600000 (got \"soon\")", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--timeout", "soon")]
    [InlineData("--snapshot-entries must be a whole number from 1 to 2147483647 (got \"0\")", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--snapshot-entries", "0")]
    [InlineData("--id n9 is not one of --members (n1)", "node", "node", "--id", "n9", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001")]
    [InlineData("--members entries look like n1=127.0.0.1:7001 (got \"n2\")", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001,n2", "--http", "127.0.0.1:8001")]
    [InlineData("--unsafe-no-fsync needs --data", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--unsafe-no-fsync")]
    [InlineData("--members or --join is required", "node", "node", "--id", "n1", "--http", "127.0.0.1:8001")]
    [InlineData("--channel must be tcp or redis (got \"udp\")", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--channel", "udp")]
    [InlineData("--http 0.0.0.0:8001 is reachable from other machines, and without a client token anyone there could perform", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "0.0.0.0:8001")]
    [InlineData("--http [::]:8001 is reachable from other machines", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "[::]:8001")]
    [InlineData("--read-token needs --client-token", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--read-token", "r")]
    [InlineData("--read-token must differ from --client-token", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--client-token", "t", "--read-token", "t")]
    [InlineData("--http-tls-key needs --http-tls-cert", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--http-tls-key", "k.pem")]
    [InlineData("--http-tls-cert no-such.pem cannot be loaded", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--http-tls-cert", "no-such.pem")]
    [InlineData("--max-connections must be a whole number above 0 (got \"0\")", "node", "node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--max-connections", "0")]
    [InlineData("--ca no-such.pem cannot be read", "state", "state", "--ca", "no-such.pem")]
    [InlineData("Unrecognized command or argument 'nope'", "", "nope")]
    [InlineData("--nodes must be a whole number from 1 to 64 (got \"65\")", "cluster", "cluster", "--nodes", "65")]
    [InlineData("Option '--id' is required", "member add", "member", "add", "--http", "http://127.0.0.1:8001")]
    [InlineData("Required command was not provided", "member", "member")]
    [InlineData("--output must be table or json (got \"xml\")", "status", "status", "--output", "xml")]
    [InlineData("endpoints are node URLs such as http://127.0.0.1:8001 (got \"127.0.0.1:8001\")", "state", "state", "--endpoints", "127.0.0.1:8001")]
    [InlineData("--consistency must be local or linearizable (got \"eventual\")", "state", "state", "--consistency", "eventual")]
    [InlineData("Required argument missing for command: 'perform'", "perform", "perform")]
    public async Task A_mistake_prints_the_error_and_the_commands_usage_on_stderr_and_exits_with_2(string error, string usageOf, params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains($"conflux: {error}", stderr, StringComparison.Ordinal);
        Assert.Contains(usageOf.Length == 0 ? "Usage:\n  conflux [" : $"Usage:\n  conflux {usageOf} ", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:8001", true)]
    [InlineData("127.3.2.1:8001", true)]
    [InlineData("localhost:8001", true)]
    [InlineData("[::1]:8001", true)]
    [InlineData("0.0.0.0:8001", false)]
    [InlineData("[::]:8001", false)]
    [InlineData("*:8001", false)]
    [InlineData("10.0.0.5:8001", false)]
    [InlineData("node1.example:8001", false)]
    public void Only_an_address_this_machine_alone_reaches_is_loopback(string http, bool loopback) =>
        Assert.Equal(loopback, NodeCommand.IsLoopback(http));

    [Fact]
    public void The_client_commands_defaults_are_values_not_only_words_in_the_help()
    {
        var root = CommandLine.CreateRoot();
        var status = root.Parse(["status"]);
        Assert.Empty(status.Errors);
        Assert.Equal(ClientCommands.DefaultEndpoint, status.GetValue<string>("--endpoints"));
        Assert.Equal("table", status.GetValue<string>("--output"));
        Assert.Equal(10_000, status.GetValue<int>("--timeout"));
        var state = root.Parse(["state"]);
        Assert.Equal(ClientCommands.DefaultEndpoint, state.GetValue<string>("--endpoints"));
        Assert.Equal("local", state.GetValue<string>("--consistency"));
        var node = root.Parse(["node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001"]);
        Assert.Empty(node.Errors);
        Assert.Equal(5_000, node.GetValue<int>("--timeout"));
        Assert.Equal("tcp", node.GetValue<string>("--channel"));
    }

    [Fact]
    public void Perform_reads_each_argument_as_JSON_when_it_is_JSON_and_as_a_string_otherwise()
    {
        Assert.Equal("""["k",1,-2,"x y",true,null,[1,2],{"a":"b"},"{not json"]""",
            ClientCommands.ArgumentsJson(["k", "1", "-2", "\"x y\"", "true", "null", "[1,2]", """{"a":"b"}""", "{not json"]));
        Assert.Equal("[]", ClientCommands.ArgumentsJson([]));
    }

    [Fact]
    public async Task Status_perform_and_state_talk_to_a_running_node_and_fail_with_1()
    {
        await using var cluster = new NodeProcesses(1, app: "kv");
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);
        var url = $"http://127.0.0.1:{cluster.HttpPorts[0]}";
        var dead = $"http://127.0.0.1:{NodeProcesses.FreePort()}";

        // A dead endpoint first: perform and state go on to the next one.
        var put = await RunAsync("perform", "put", "k", "1", "--endpoints", $"{dead},{url}");
        Assert.True(put.Code == 0, put.Stderr);
        using (var reply = JsonDocument.Parse(put.Stdout))
        {
            Assert.Equal("k", reply.RootElement.GetProperty("action").GetProperty("key").GetString());
            Assert.Equal(1, reply.RootElement.GetProperty("action").GetProperty("value").GetInt32());
            Assert.True(reply.RootElement.GetProperty("index").GetInt64() > 0);
        }

        Assert.Equal(0, (await RunAsync("perform", "put", "s", "\"two words\"", "--endpoints", url)).Code);
        var state = await RunAsync("state", "--consistency", "linearizable", "--endpoints", $"{dead},{url}");
        Assert.Equal(0, state.Code);
        Assert.Equal("""{"k":1,"s":"two words"}""", state.Stdout.Trim());

        // A refusal (422) and an unknown method (404): exit code 1 with the node's reason.
        var refused = await RunAsync("perform", "put", "only-a-key", "--endpoints", url);
        Assert.Equal(1, refused.Code);
        Assert.Empty(refused.Stdout);
        Assert.Contains("conflux perform: 422: ", refused.Stderr, StringComparison.Ordinal);
        var unknown = await RunAsync("perform", "nope", "--endpoints", url);
        Assert.Equal(1, unknown.Code);
        Assert.Contains("conflux perform: 404: nope is not a registered method", unknown.Stderr, StringComparison.Ordinal);

        // The status table: the node's row, and a row saying why the dead endpoint did not answer.
        var status = await RunAsync("status", "--endpoints", $"{url},{dead}");
        Assert.Equal(0, status.Code);
        var lines = status.Stdout.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^ENDPOINT\s+ID\s+ROLE\s+TERM\s+LEADER\s+COMMIT INDEX\s+APPLIED INDEX\s+ERROR$", lines[0]);
        var row = Columns().Split(lines[1]);
        Assert.Equal([url, "n1", "leader"], row[..3]);
        Assert.Equal("n1", row[4]);
        var commit = long.Parse(row[5], CultureInfo.InvariantCulture);
        Assert.True(commit >= 3, $"commit index {commit} after two puts");
        Assert.True(long.Parse(row[6], CultureInfo.InvariantCulture) <= commit);
        Assert.StartsWith(dead, lines[2], StringComparison.Ordinal);
        Assert.Contains("Connection refused", lines[2], StringComparison.Ordinal);

        var json = await RunAsync("status", "--output", "json", "--endpoints", url);
        Assert.Equal(0, json.Code);
        using (var answers = JsonDocument.Parse(json.Stdout))
        {
            var answer = Assert.Single(answers.RootElement.EnumerateArray().ToArray());
            Assert.Equal(url, answer.GetProperty("endpoint").GetString());
            Assert.Equal("n1", answer.GetProperty("status").GetProperty("id").GetString());
        }

        // No endpoint answers: exit code 1.
        var none = await RunAsync("status", "--endpoints", dead);
        Assert.Equal(1, none.Code);
        Assert.Contains("conflux status: no endpoint answered", none.Stderr, StringComparison.Ordinal);
        var noState = await RunAsync("state", "--endpoints", dead);
        Assert.Equal(1, noState.Code);
        Assert.Contains("conflux state: no endpoint could be reached", noState.Stderr, StringComparison.Ordinal);

        // The member commands take --endpoints as well as --http.
        var members = await RunAsync("member", "list", "--endpoints", $"{dead},{url}");
        Assert.Equal(0, members.Code);
        Assert.Matches(@"^n1\s+voter\s+127\.0\.0\.1:\d+\s+leader", members.Stdout);
    }

    [Fact]
    public async Task A_node_started_in_the_folder_of_its_data_watches_no_file()
    {
        // The web host's defaults watch the content root (the working folder), every folder below it included, for an
        // appsettings.json: a node run where its data lies would wake a thread for every write to its log.
        await using var cluster = new NodeProcesses(1, app: "kv") { WorkingDirectory = Path.GetTempPath() };
        Assert.StartsWith(Path.GetTempPath(), cluster.DataRoot, StringComparison.Ordinal);
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(0, "put", """["k", 1]""")).Status);
        if (!OperatingSystem.IsLinux())
        {
            return; // Watches are counted from /proc.
        }

        var descriptors = new DirectoryInfo($"/proc/{cluster.ProcessId(0)}/fd").GetFiles().Select(fd => fd.LinkTarget).ToArray();
        Assert.Contains(descriptors, target => target?.StartsWith(cluster.DataRoot, StringComparison.Ordinal) == true);
        Assert.DoesNotContain("anon_inode:inotify", descriptors);
    }

    [Fact]
    public async Task Perform_sends_the_client_token_that_the_node_requires()
    {
        await using var cluster = new NodeProcesses(1, app: "counter", secret: "test-secret", proxied: false, "--client-token", "cli-token");
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);
        var url = $"http://127.0.0.1:{cluster.HttpPorts[0]}";

        var without = await RunAsync("perform", "increment", "--endpoints", url);
        Assert.Equal(1, without.Code);
        Assert.Contains("conflux perform: 401: ", without.Stderr, StringComparison.Ordinal);

        var with = await RunAsync("perform", "increment", "--client-token", "cli-token", "--endpoints", url);
        Assert.True(with.Code == 0, with.Stderr);

        // With a client token, reading the state needs a token too.
        var anonymous = await RunAsync("state", "--endpoints", url);
        Assert.Equal(1, anonymous.Code);
        Assert.Contains("conflux state: 401: ", anonymous.Stderr, StringComparison.Ordinal);
        Assert.Equal("1", (await RunAsync("state", "--client-token", "cli-token", "--endpoints", url)).Stdout.Trim());
    }

    [Fact]
    public async Task A_read_token_reads_the_state_and_may_not_perform()
    {
        await using var cluster = new NodeProcesses(1, app: "counter", secret: "test-secret", proxied: false,
            "--client-token", "writer-token", "--read-token", "reader-token");
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);
        var url = $"http://127.0.0.1:{cluster.HttpPorts[0]}";

        var refused = await RunAsync("perform", "increment", "--client-token", "reader-token", "--endpoints", url);
        Assert.Equal(1, refused.Code);
        Assert.Contains("conflux perform: 403: ", refused.Stderr, StringComparison.Ordinal);
        Assert.True((await RunAsync("perform", "increment", "--client-token", "writer-token", "--endpoints", url)).Code == 0);
        Assert.Equal("1", (await RunAsync("state", "--client-token", "reader-token", "--endpoints", url)).Stdout.Trim());
        Assert.Contains("conflux state: 401: ", (await RunAsync("state", "--client-token", "guess", "--endpoints", url)).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_serves_https_with_its_certificate_and_the_client_commands_trust_it_with_ca()
    {
        var directory = Directory.CreateTempSubdirectory("conflux-https-");
        try
        {
            var (certificate, key) = SelfSigned(directory.FullName);
            var httpPort = NodeProcesses.FreePort();
            var logs = new System.Collections.Concurrent.ConcurrentQueue<string>();
            using var node = NodeProcesses.StartNode("n1", $"n1=127.0.0.1:{NodeProcesses.FreePort()}", httpPort, data: null, secret: "test-secret", app: "counter",
                logs, ["--client-token", "tls-token", "--http-tls-cert", certificate, "--http-tls-key", key]);
            try
            {
                var url = $"https://127.0.0.1:{httpPort}";
                // Until the node serves and leads: a perform before that fails to connect or finds no leader.
                (int Code, string Stdout, string Stderr) performed = default;
                await Eventually.HoldsAsync(async () =>
                {
                    performed = await RunAsync("perform", "increment", "--client-token", "tls-token", "--ca", certificate, "--endpoints", url);
                    return performed.Code == 0;
                }, () => $"a perform over https; the last said: {performed.Stderr}\n{string.Join('\n', logs)}", Patience);

                Assert.Contains("\"index\"", performed.Stdout, StringComparison.Ordinal);
                Assert.Equal("1", (await RunAsync("state", "--client-token", "tls-token", "--ca", certificate, "--endpoints", url)).Stdout.Trim());
                Assert.Contains("serves HTTPS on", string.Join('\n', logs), StringComparison.Ordinal);

                // Without --ca the certificate is not trusted, and plain HTTP is not served.
                var untrusted = await RunAsync("state", "--client-token", "tls-token", "--endpoints", url);
                Assert.Equal(1, untrusted.Code);
                Assert.Contains("SSL", untrusted.Stderr, StringComparison.OrdinalIgnoreCase);
                var plain = await RunAsync("state", "--client-token", "tls-token", "--endpoints", $"http://127.0.0.1:{httpPort}");
                Assert.NotEqual(0, plain.Code);
            }
            finally
            {
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync();
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, as PEM files of the certificate and its key.</summary>
    private static (string Certificate, string Key) SelfSigned(string directory)
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=conflux-test", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certificatePath = Path.Combine(directory, "node.pem");
        var keyPath = Path.Combine(directory, "node.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    /// <summary>Runs the command line in this process with writers of its own.</summary>
    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        using var limit = new CancellationTokenSource(Patience);
        var code = await CommandLine.RunAsync(args, stdout, stderr, limit.Token).WaitAsync(Patience);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every option of <paramref name="command"/> is in <paramref name="help"/> with its default (or as required) and its variable.</summary>
    private static void AssertDocumented(string path, Command command, string help)
    {
        var entries = Entries(help);
        var options = command.Options.Where(o => o.Name is not ("--help" or "--version")).ToList();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            Assert.True(entries.TryGetValue(option.Name, out var entry), $"conflux {path} --help does not list {option.Name}");
            Assert.True(entry.Contains("[default: ", StringComparison.Ordinal) || (option.Required && entry.Contains("(REQUIRED)", StringComparison.Ordinal)),
                $"conflux {path} --help gives {option.Name} no default: {entry}");
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{option.Name} of conflux {path} has no description");
            if (Variables.TryGetValue((path, option.Name), out var variable))
            {
                Assert.Contains($"[env: {variable}]", entry, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("[env: ", entry, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The commands that run something, with their paths after conflux ("member add").</summary>
    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0
            ? [(path, command)]
            : command.Subcommands.SelectMany(c => Leaves(c, path.Length == 0 ? c.Name : $"{path} {c.Name}"));

    /// <summary>The help of each command in the whole help, from its "Usage:" line to the next, by command path.</summary>
    private static Dictionary<string, string> Sections(string help)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = help.ReplaceLineEndings("\n").Split("Usage:\n");
        foreach (var part in parts.Skip(1))
        {
            var match = UsageLine().Match(part);
            Assert.True(match.Success, $"a usage line that names no command: {part[..Math.Min(80, part.Length)]}");
            sections[match.Groups[1].Value.Trim()] = part;
        }

        return sections;
    }

    /// <summary>Each option's entry in a help text, its wrapped lines joined, by each of its names.</summary>
    private static Dictionary<string, string> Entries(string help)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("  -", StringComparison.Ordinal))
            {
                continue;
            }

            var entry = lines[i].Trim();
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith("   ", StringComparison.Ordinal); j++)
            {
                entry += " " + lines[j].Trim();
            }

            entry = Spaces().Replace(entry, " ");
            foreach (var name in OptionName().Matches(lines[i].Trim().Split("  ")[0]).Select(m => m.Value))
            {
                entries[name] = entry;
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^\s*conflux ((?:[a-z]+ ?)*)")]
    private static partial Regex UsageLine();

    [GeneratedRegex(@"--?[a-z?][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Conflux.Cli;

/// <summary>A membership change the cluster refused (<see cref="Refused"/>), or one whose answer could not be had.</summary>
internal sealed class MemberCommandException(string message, bool refused) : Exception(message)
{
    public bool Refused { get; } = refused;
}

/// <summary>
/// <c>conflux member list|add|remove|promote --http URL</c>: asks any node of a running cluster (it forwards a change
/// to its leader) and prints the members after the change.
/// </summary>
internal static class MemberCommand
{
    public const string Usage = """
        conflux member list --http URL
        conflux member add --http URL --id ID [--address HOST:PORT] [--client-token T] [--timeout MS]
        conflux member promote --http URL --id ID [--client-token T] [--timeout MS]
        conflux member remove --http URL --id ID [--client-token T] [--timeout MS]
          --http URL            any node's HTTP API, for example http://127.0.0.1:8001 (a change goes to its leader)
          --id ID               the member to add, promote or remove
          --address HOST:PORT   with add over TCP: the new node's cluster address, which every member dials
          --client-token T      the cluster's client token, when its nodes have one (default: $CONFLUX_CLIENT_TOKEN)
          --timeout MS          how long the change may take, catching up included (default: 30000)
        add makes the node a learner, then a voter once it has caught up; start it first with conflux node --join.
        To replace a dead node: remove it, then add a new node with a new id on a new disk.
        """;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body of POST /members.</summary>
    public sealed record AddRequest(string Id, string? Address, int? TimeoutMs);

    public sealed record MemberReply(string Id, string? Address, bool Voter, bool Leader);

    public sealed record MembersReply(IReadOnlyList<MemberReply> Members, bool ChangeInProgress, IReadOnlyList<string> Removed);

    /// <summary>A refused change: why, and the leader the node knows when it does not lead.</summary>
    public sealed record ChangeRefused(string Error, string? Leader);

    public static MembersReply ToReply(ClusterMembers members) =>
        new([.. members.Members.Select(m => new MemberReply(m.Id, m.Address, m.IsVoter, m.IsLeader))], members.ChangeInProgress, members.Removed);

    /// <summary>A change's time limit from a request: its own (1 ms to an hour), or 30 s.</summary>
    public static TimeSpan Timeout(int? milliseconds) =>
        milliseconds is > 0 and <= 3_600_000 ? TimeSpan.FromMilliseconds(milliseconds.Value) : ConfluxNode<int, int>.DefaultMembershipTimeout;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("list" or "add" or "remove" or "promote"))
        {
            throw new CliException("conflux member needs list, add, remove or promote");
        }

        var cli = new CliArguments(args[1..], new HashSet<string>());
        var url = cli.Required("http");
        var verb = args[0];
        string? id = verb == "list" ? null : cli.Required("id");
        var address = verb == "add" ? cli.Optional("address") : null;
        var token = cli.Optional("client-token") ?? (Environment.GetEnvironmentVariable(NodeCommand.ClientTokenVariable) is { Length: > 0 } t ? t : null);
        var timeout = TimeSpan.FromMilliseconds(cli.Int("timeout", 30_000, 1, 3_600_000));
        cli.RejectUnknown();
        try
        {
            var members = verb switch
            {
                "list" => await ListAsync(url, CancellationToken.None),
                "add" => await AddAsync(url, id!, address, token, timeout, CancellationToken.None),
                "promote" => await SendAsync(HttpMethod.Post, url, $"/members/{Uri.EscapeDataString(id!)}/promote", null, token, timeout, CancellationToken.None),
                _ => await SendAsync(HttpMethod.Delete, url, $"/members/{Uri.EscapeDataString(id!)}", null, token, timeout, CancellationToken.None),
            };
            foreach (var member in members.Members)
            {
                Console.WriteLine($"{member.Id,-12} {(member.Voter ? "voter" : "learner"),-8} {member.Address ?? "-",-24}{(member.Leader ? " leader" : "")}");
            }

            if (members.ChangeInProgress)
            {
                Console.WriteLine("(a change is in progress)");
            }

            return 0;
        }
        catch (MemberCommandException ex)
        {
            Console.Error.WriteLine($"conflux member {verb}: {ex.Message}");
            return ex.Refused ? 1 : 3;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"conflux member {verb}: {url} cannot be reached: {ex.Message}");
            return 3;
        }
    }

    /// <summary>GET /members of any node.</summary>
    public static Task<MembersReply> ListAsync(string url, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, url, "/members", null, null, TimeSpan.FromSeconds(10), cancellationToken);

    /// <summary>POST /members: adds <paramref name="id"/> (a learner, then a voter once caught up).</summary>
    public static Task<MembersReply> AddAsync(string url, string id, string? address, string? token, TimeSpan timeout, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, url, "/members", new AddRequest(id, address, (int)timeout.TotalMilliseconds), token, timeout, cancellationToken);

    private static async Task<MembersReply> SendAsync(HttpMethod method, string url, string path, object? body, string? token, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.TrimEnd('/') + path + (body is null && method != HttpMethod.Get ? $"?timeoutMs={(int)timeout.TotalMilliseconds}" : ""), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"--http must be a node's URL, for example http://127.0.0.1:8001 (got \"{url}\")");
        }

        using var http = new HttpClient { Timeout = timeout + TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<MembersReply>(Json, cancellationToken)
                ?? throw new MemberCommandException($"{uri} answered with no members", refused: false);
        }

        string error;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<ChangeRefused>(Json, cancellationToken))?.Error ?? response.ReasonPhrase ?? "";
        }
        catch (JsonException)
        {
            error = response.ReasonPhrase ?? "";
        }

        // 400, 401, 403 and 409 are refusals; 503 (a timeout, no leader) may still succeed later.
        var refused = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Conflict;
        throw new MemberCommandException($"{(int)response.StatusCode}: {error}", refused);
    }
}

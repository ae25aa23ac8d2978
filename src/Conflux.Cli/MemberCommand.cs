using System.CommandLine;
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
/// <c>conflux member list|add|remove|promote --http URL</c> (or <c>--endpoints URL,...</c>): asks any node of a running cluster (it forwards a change
/// to its leader) and prints the members after the change.
/// </summary>
internal static class MemberCommand
{
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

    /// <summary><c>conflux member list|add|promote|remove</c>.</summary>
    public static Command Create()
    {
        var command = new Command("member",
            "List, add, promote or remove the members of a running cluster through any of its nodes (a change goes to its leader), "
            + "and print the members after the change. add makes the node a learner, then a voter once it has caught up; start it "
            + "first with conflux node --join. To replace a dead node: remove it, then add a new node with a new id on a new disk.");
        foreach (var verb in (string[])["list", "add", "promote", "remove"])
        {
            var http = CommandLine.Text("--http", "URL",
                "Any node's HTTP API, for example http://127.0.0.1:8001 (a change goes to its leader); a comma-separated list is tried in order "
                + "until one answers.", null, required: true, aliases: ["--endpoints"]);
            var sub = new Command(verb, verb switch
            {
                "list" => "List the members: id, voter or learner, cluster address, leader.",
                "add" => "Add a member: a learner, then a voter once it has caught up.",
                "promote" => "Promote a learner to a voter (when its promotion timed out).",
                _ => "Remove a member (the leader too: it hands over once its removal commits).",
            }) { http };
            var ca = ClientHttp.CaOption();
            sub.Add(ca);
            Option<string>? idOption = null, addressOption = null, tokenOption = null;
            Option<int>? timeoutOption = null;
            if (verb != "list")
            {
                sub.Add(idOption = CommandLine.Text("--id", "ID", $"The member to {verb}.", null, required: true));
                if (verb == "add")
                {
                    sub.Add(addressOption = CommandLine.Text("--address", "HOST:PORT", "Over TCP: the new node's cluster address, which every member dials.", "none"));
                }

                sub.Add(tokenOption = ClientCommands.Token("The cluster's client token, when its nodes have one."));
                sub.Add(timeoutOption = CommandLine.WholeNumber("--timeout", "MS", "How long the change may take, catching up included, in milliseconds.", 30_000, 1, 3_600_000));
            }

            sub.SetAction((cli, _) => RunAsync(
                verb,
                ClientCommands.SplitEndpoints(cli.GetRequiredValue(http)),
                idOption is null ? null : cli.GetRequiredValue(idOption),
                addressOption is null ? null : cli.GetValue(addressOption),
                tokenOption is null ? null : cli.GetValue(tokenOption) ?? NodeCommand.FromEnvironment(NodeCommand.ClientTokenVariable),
                TimeSpan.FromMilliseconds(timeoutOption is null ? 30_000 : cli.GetValue(timeoutOption)),
                cli.GetValue(ca),
                cli.Output(),
                cli.Error()));
            command.Add(sub);
        }

        return command;
    }

    private static async Task<int> RunAsync(string verb, IReadOnlyList<string> urls, string? id, string? address, string? token, TimeSpan timeout, string? ca,
        TextWriter output, TextWriter error)
    {
        var url = urls[0];
        try
        {
            var members = await ClientCommands.FirstAnsweringAsync(urls, endpoint =>
            {
                url = endpoint;
                return verb switch
                {
                    "list" => SendAsync(HttpMethod.Get, endpoint, "/members", null, null, TimeSpan.FromSeconds(10), CancellationToken.None, ca),
                    "add" => SendAsync(HttpMethod.Post, endpoint, "/members", new AddRequest(id!, address, (int)timeout.TotalMilliseconds), token, timeout, CancellationToken.None, ca),
                    "promote" => SendAsync(HttpMethod.Post, endpoint, $"/members/{Uri.EscapeDataString(id!)}/promote", null, token, timeout, CancellationToken.None, ca),
                    _ => SendAsync(HttpMethod.Delete, endpoint, $"/members/{Uri.EscapeDataString(id!)}", null, token, timeout, CancellationToken.None, ca),
                };
            });
            foreach (var member in members.Members)
            {
                output.WriteLine($"{member.Id,-12} {(member.Voter ? "voter" : "learner"),-8} {member.Address ?? "-",-24}{(member.Leader ? " leader" : "")}");
            }

            if (members.ChangeInProgress)
            {
                output.WriteLine("(a change is in progress)");
            }

            return 0;
        }
        catch (MemberCommandException ex)
        {
            error.WriteLine($"conflux member {verb}: {ex.Message}");
            return ex.Refused ? 1 : 3;
        }
        catch (HttpRequestException ex)
        {
            error.WriteLine($"conflux member {verb}: {url} cannot be reached: {ex.Message}");
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
        CancellationToken cancellationToken, string? ca = null)
    {
        if (!Uri.TryCreate(url.TrimEnd('/') + path + (body is null && method != HttpMethod.Get ? $"?timeoutMs={(int)timeout.TotalMilliseconds}" : ""), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"--http must be a node's URL, for example http://127.0.0.1:8001 (got \"{url}\")");
        }

        using var http = ClientHttp.Create(timeout + TimeSpan.FromSeconds(10), ca);
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

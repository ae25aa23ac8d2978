using System.Net;
using DotNext.Net.Cluster.Consensus.Raft;

namespace DotNextPeer;

/// <summary>
/// Sends a put that reached a follower on to the leader's HTTP endpoint and hands the leader's answer back to the
/// caller: DotNext knows the leader by its Raft endpoint, and <c>--members</c> maps that to its HTTP endpoint.
/// </summary>
internal sealed class LeaderForwarder(IRaftCluster cluster, IReadOnlyDictionary<IPEndPoint, IPEndPoint> members)
{
    /// <summary>Marks a forwarded request, so that a node that is no longer the leader answers 503 rather than forward it again.</summary>
    private const string ForwardedHeader = "X-Forwarded-To-Leader";

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    /// <summary>The leader's HTTP base URL as this node knows it, or null while it knows none.</summary>
    public Uri? LeaderHttpUrl() =>
        cluster.Leader?.EndPoint is IPEndPoint raft && members.TryGetValue(raft, out var http)
            ? new Uri($"http://{http}/")
            : null;

    public async Task<IResult> ForwardAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        if (request.Headers.ContainsKey(ForwardedHeader))
        {
            return Results.Text("forwarded to a node that is not the leader\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var leader = LeaderHttpUrl();
        if (leader is null)
        {
            return Results.Text("no leader yet\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        using var forward = new HttpRequestMessage(HttpMethod.Post, new Uri(leader, "perform/put"))
        {
            Content = new ByteArrayContent(body),
        };
        forward.Content.Headers.ContentType = new("application/json");
        forward.Headers.Add(ForwardedHeader, "1");
        try
        {
            using var response = await _http.SendAsync(forward, cancellationToken);
            var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var caller = request.HttpContext.Response;
            caller.StatusCode = (int)response.StatusCode;
            caller.ContentType = response.Content.Headers.ContentType?.ToString();
            await caller.Body.WriteAsync(answer, cancellationToken);
            return Results.Empty;
        }
        catch (HttpRequestException e)
        {
            return Results.Text($"the leader at {leader} did not answer: {e.Message}\n", statusCode: StatusCodes.Status502BadGateway);
        }
    }
}

using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using State = System.Collections.Immutable.ImmutableList<System.Text.Json.JsonElement>;

namespace Conflux.Tests.Hosting;

/// <summary>
/// One client credential model over the HTTP API and the dashboard (Logux has the same, see LoguxServerTests): a
/// token may read the state, write, or both; missing credentials get 401, credentials for something else 403; the
/// cluster's status stays open.
/// </summary>
public sealed class ClientAuthTests
{
    private static readonly TimeSpan s_limit = ServedApp.Limit;

    private static ClientAccess Access(string? token) => token switch
    {
        "writer" => ClientAccess.ReadWrite,
        "reader" => ClientAccess.Read,
        "blind" => ClientAccess.Write,
        _ => ClientAccess.None,
    };

    private static async Task<ServedApp> StartAsync(Action<WebApplication> map)
    {
        var builder = ServedApp.Builder();
        ServedApp.AddListNode(builder, "client-auth");
        var app = await ServedApp.StartAsync(builder, map);
        await app.Web.Services.GetRequiredService<ConfluxNode<State, JsonElement>>().WaitForLeaderAsync().WaitAsync(s_limit);
        return app;
    }

    private static async Task<HttpStatusCode> SendAsync(ServedApp app, HttpMethod method, string path, string? token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await app.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Reading_the_state_needs_read_access_and_writing_needs_write_access()
    {
        await using var app = await StartAsync(web =>
        {
            web.MapConfluxApi(new ConfluxApiOptions { Authorize = Access });
            web.MapConfluxDashboard(new ConfluxDashboardOptions { Authorize = Access });
        });

        foreach (var path in new[] { "/state", "/state?consistency=linearizable", "/state/provisional" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Get, path, null));
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Get, path, "guess"));
            Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(app, HttpMethod.Get, path, "blind"));
            Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Get, path, "reader"));
            Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Get, path, "writer"));
        }

        foreach (var path in new[] { "/perform/append", "/_conflux/api/perform/append" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Post, path, null, "1"));
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Post, path, "guess", "1"));
            Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(app, HttpMethod.Post, path, "reader", "1"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(app, HttpMethod.Post, "/leader/transfer", "reader", """{"to":"n1"}"""));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(app, HttpMethod.Delete, "/members/n1", "reader"));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Post, "/perform/append", "writer", "1"));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Post, "/perform/append", "blind", "2"));

        // Refused requests changed nothing; the cluster's status needs no token.
        Assert.Equal(2, app.Web.Services.GetRequiredService<ConfluxNode<State, JsonElement>>().State.Count);
        foreach (var path in new[] { "/status", "/health", "/members", "/_conflux/api/cluster" })
        {
            Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Get, path, null));
        }
    }

    [Fact]
    public async Task A_hook_that_throws_grants_nothing()
    {
        await using var app = await StartAsync(web => web.MapConfluxApi(new ConfluxApiOptions
        {
            Authorize = token => token == "writer" ? ClientAccess.ReadWrite : throw new InvalidOperationException("the token store is down"),
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Get, "/state", "other"));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Get, "/state", "writer"));
    }

    [Fact]
    public async Task VerifyToken_is_a_token_that_reads_and_writes_with_reads_open_to_all()
    {
        await using var app = await StartAsync(web => web.MapConfluxApi(new ConfluxApiOptions { VerifyToken = token => token == "writer" }));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Get, "/state", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Post, "/perform/append", null, "1"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(app, HttpMethod.Post, "/perform/append", "guess", "1"));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(app, HttpMethod.Post, "/perform/append", "writer", "1"));
    }

    [Fact]
    public async Task Authorize_and_VerifyToken_together_are_refused_when_mapped()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(web =>
            web.MapConfluxApi(new ConfluxApiOptions { VerifyToken = _ => true, Authorize = Access })));
        Assert.Contains("not both", ex.Message, StringComparison.Ordinal);
    }
}

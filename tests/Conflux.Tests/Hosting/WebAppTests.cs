using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using WebApp;

namespace Conflux.Tests.Hosting;

/// <summary>The sample web app (samples/WebApp) in a test server: its own endpoints and the ones Conflux maps.</summary>
public sealed class WebAppTests : IClassFixture<WebApplicationFactory<Vote>>
{
    private readonly WebApplicationFactory<Vote> _factory;

    public WebAppTests(WebApplicationFactory<Vote> factory) => _factory = factory;

    [Fact]
    public async Task The_apps_own_endpoints_perform_through_the_node()
    {
        using var http = _factory.CreateClient();
        var before = await http.GetFromJsonAsync<Dictionary<string, int>>("/polls");
        var after = await (await http.PostAsJsonAsync("/polls/vote", new VoteRequest("tea"))).Content.ReadFromJsonAsync<Dictionary<string, int>>();
        Assert.Equal(before!.GetValueOrDefault("tea") + 1, after!["tea"]);

        var refused = await http.PostAsJsonAsync("/polls/vote", new VoteRequest(" "));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Vote for something.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mapped_api_performs_reads_and_reports()
    {
        using var http = _factory.CreateClient();
        var performed = await http.PostAsync(new Uri("/perform/vote", UriKind.Relative), Json("\"coffee\""));
        Assert.Equal(HttpStatusCode.OK, performed.StatusCode);
        using (var body = JsonDocument.Parse(await performed.Content.ReadAsStringAsync()))
        {
            Assert.Equal("coffee", body.RootElement.GetProperty("action").GetProperty("option").GetString());
            Assert.True(body.RootElement.GetProperty("index").GetInt64() > 0);
        }

        var refused = await http.PostAsync(new Uri("/perform/vote", UriKind.Relative), Json("\"\""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var unknown = await http.PostAsync(new Uri("/perform/nothing", UriKind.Relative), Json("1"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var broken = await http.PostAsync(new Uri("/perform/vote", UriKind.Relative), Json("{"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        var state = await http.GetFromJsonAsync<Dictionary<string, int>>("/state?consistency=linearizable");
        Assert.True(state!["coffee"] >= 1);

        using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri("/status", UriKind.Relative)));
        Assert.Equal("n1", status.RootElement.GetProperty("id").GetString());
        Assert.Equal("leader", status.RootElement.GetProperty("role").GetString());
        Assert.Equal("voter", status.RootElement.GetProperty("membership").GetString());

        using var members = JsonDocument.Parse(await http.GetStringAsync(new Uri("/members", UriKind.Relative)));
        Assert.Equal("n1", members.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_health_check_the_dashboard_and_the_logux_endpoint_are_mapped()
    {
        using var http = _factory.CreateClient();
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        Assert.Equal("""{"status":"ok"}""", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));

        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        using var cluster = JsonDocument.Parse(await http.GetStringAsync(new Uri("/_conflux/api/cluster", UriKind.Relative)));
        Assert.Contains("vote", cluster.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));

        // Not a WebSocket: the Logux endpoint says what it is.
        var logux = await http.GetAsync(new Uri("/logux", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, logux.StatusCode);
        Assert.Contains("Logux", await logux.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metrics_endpoint_counts_the_apps_performs()
    {
        // A node id of its own: the meter is the process's, and other tests run nodes named n1.
        var id = $"webapp-{Guid.NewGuid():N}";
        await using var factory = _factory.WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Conflux:Id"] = id, ["Conflux:Members"] = id })));
        using var http = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            (await http.PostAsJsonAsync("/polls/vote", new VoteRequest("juice"))).EnsureSuccessStatusCode();
        }

        var text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var applied = Assert.Single(text.Split('\n'), l => l.StartsWith("conflux_performs_total{", StringComparison.Ordinal)
            && l.Contains("outcome=\"applied\"", StringComparison.Ordinal) && l.Contains($"conflux_node=\"{id}\"", StringComparison.Ordinal));
        Assert.Equal(2, double.Parse(applied.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}

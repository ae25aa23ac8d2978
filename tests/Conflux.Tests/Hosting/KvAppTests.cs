using System.Net;
using System.Text;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Cli;
using Conflux.Transport;

namespace Conflux.Tests.Hosting;

/// <summary>
/// The kv app of <c>conflux node</c> keeps each value as JSON text: values come back as the same JSON as they went in,
/// <c>cas</c> compares JSON (not text), and the state reads back from its own JSON (a snapshot) unchanged.
/// </summary>
public sealed class KvAppTests
{
    private static readonly JsonSerializerOptions s_deep = new(JsonSerializerOptions.Web) { MaxDepth = 128 };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Values_come_back_as_they_went_in_and_cas_compares_json_not_text()
    {
        var builder = ServedApp.Builder();
        Apps.AddNode("kv", builder.Services, new NodeSetup("n1", ["n1"], 100_000, Join: false,
            Start: _ => (new MemoryChannel($"kv-app-{Guid.NewGuid():N}"), null)));
        await using var app = await ServedApp.StartAsync(builder, web => web.MapConfluxApi());

        async Task<HttpStatusCode> Perform(string method, string args)
        {
            using var answer = await app.Http.PostAsync(new Uri($"/perform/{method}", UriKind.Relative), Json(args));
            return answer.StatusCode;
        }

        var values = new Dictionary<string, string>
        {
            ["s"] = "\"a \\\"quoted\\\" \\u00e9 line\\n\"",
            ["n"] = "-12.50e3",
            ["t"] = "true",
            ["z"] = "null",
            ["o"] = """{"b":[1,2,{"c":null}],"a":"x"}""",
            ["deep"] = new string('[', 40) + "1" + new string(']', 40),
        };
        foreach (var (key, value) in values)
        {
            Assert.Equal(HttpStatusCode.OK, await Perform("put", $"[\"{key}\", {value}]"));
        }

        // By Logux's shape too: named properties.
        Assert.Equal(HttpStatusCode.OK, await Perform("put", """{"key":"named","value":{"x":1}}"""));
        Assert.Equal(HttpStatusCode.OK, await Perform("delete", """["t"]"""));

        // cas: the same JSON with its properties in another order and other spacing matches; another value does not.
        Assert.Equal(HttpStatusCode.OK, await Perform("cas", """["o", {"a": "x", "b": [1, 2, {"c": null}]}, 7]"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await Perform("cas", """["n", -12.5, 0]"""));
        Assert.Equal(HttpStatusCode.OK, await Perform("cas", """["n", -12500, 0]"""));
        Assert.Equal(HttpStatusCode.OK, await Perform("cas", """["absent", null, "new"]"""));

        var state = await app.Http.GetStringAsync(new Uri("/state", UriKind.Relative));
        var expected = new Dictionary<string, string>
        {
            ["absent"] = "\"new\"",
            ["deep"] = values["deep"],
            ["n"] = "0",
            ["named"] = """{"x":1}""",
            ["o"] = "7",
            ["s"] = values["s"],
            ["z"] = "null",
        };
        using (var read = JsonDocument.Parse(state, new JsonDocumentOptions { MaxDepth = 128 }))
        {
            // In key order, each the same JSON as it went in (a string's escapes may be written another way).
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), read.RootElement.EnumerateObject().Select(p => p.Name));
            foreach (var property in read.RootElement.EnumerateObject())
            {
                using var want = JsonDocument.Parse(expected[property.Name], new JsonDocumentOptions { MaxDepth = 128 });
                Assert.True(JsonElement.DeepEquals(want.RootElement, property.Value), $"{property.Name}: {property.Value.GetRawText()}");
            }

            Assert.Equal("a \"quoted\" \u00e9 line\n", read.RootElement.GetProperty("s").GetString());
        }

        // A snapshot of the state is its JSON: read back, it is the same state, and written again, the same text.
        var restored = JsonSerializer.Deserialize<KvMap>(state, s_deep)!;
        Assert.Equal(7, restored.Count);
        Assert.Equal("a \"quoted\" \u00e9 line\n", JsonDocument.Parse(restored["s"].Utf8.ToArray()).RootElement.GetString());
        Assert.Equal(state, JsonSerializer.Serialize(restored, JsonSerializerOptions.Web));
        Assert.True(restored["o"].DeepEquals(JsonDocument.Parse("7").RootElement));
    }
}

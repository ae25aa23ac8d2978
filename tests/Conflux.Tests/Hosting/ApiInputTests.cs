using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Tests.Api;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using State = System.Collections.Immutable.ImmutableList<System.Text.Json.JsonElement>;

namespace Conflux.Tests.Hosting;

/// <summary>
/// What a client sends the HTTP API (MapConfluxApi, as <c>conflux node</c> maps it) cannot make it lie or hoard memory:
/// an answer never fails after its commit, bytes that are not UTF-8 are refused, and a body past the node's limit is
/// refused while it arrives, without a stack trace in the log.
/// </summary>
public sealed class ApiInputTests : IAsyncLifetime
{
    private const int MaxActionBytes = 16 * 1024;
    private static readonly TimeSpan s_limit = ServedApp.Limit;
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _logs = new();
    private ServedApp _app = null!;

    public async Task InitializeAsync()
    {
        var builder = ServedApp.Builder(logs: _logs);
        ServedApp.AddListNode(builder, "api-input", MaxActionBytes);
        _app = await ServedApp.StartAsync(builder, web => web.MapConfluxApi());
        await Node.WaitForLeaderAsync().WaitAsync(s_limit);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Http => _app.Http;

    private ConfluxNode<State, JsonElement> Node => _app.Web.Services.GetRequiredService<ConfluxNode<State, JsonElement>>();

    [Fact]
    public async Task A_value_as_deep_as_the_parser_takes_is_committed_and_answered_and_the_state_reads_back()
    {
        // 64 levels: the deepest a body may be. Committed, it must be answered, though the reply nests it one level deeper.
        var deep = new string('[', 63) + "1" + new string(']', 63);
        var answer = await Http.PostAsync(new Uri("/perform/append", UriKind.Relative), Json(deep));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using (var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = 128 }))
        {
            Assert.Equal(deep, body.RootElement.GetProperty("action").GetRawText());
        }

        var state = await Http.GetAsync(new Uri("/state", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        using var read = JsonDocument.Parse(await state.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = 128 });
        Assert.Equal(deep, read.RootElement[0].GetRawText());
    }

    [Fact]
    public async Task A_put_of_the_kv_app_with_a_value_63_levels_deep_is_answered_after_its_commit()
    {
        // conflux node --app kv, in this process: the command's own app and endpoints.
        var builder = ServedApp.Builder();
        Conflux.Cli.Apps.AddNode("kv", builder.Services, new Conflux.Cli.NodeSetup("n1", ["n1"], 100_000, Join: false,
            Start: _ => (new MemoryChannel($"api-input-kv-{Guid.NewGuid():N}"), null)));
        await using var app = await ServedApp.StartAsync(builder, web => web.MapConfluxApi());
        var deep = new string('[', 62) + "1" + new string(']', 62);
        var answer = await app.Http.PostAsync(new Uri("/perform/put", UriKind.Relative), Json($"[\"k\", {deep}]"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = 128 });
        Assert.Equal(deep, body.RootElement.GetProperty("action").GetProperty("value").GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync(new Uri("/state", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_refused_and_nothing_is_committed()
    {
        var before = Node.State.Count;
        using var content = new ByteArrayContent([(byte)'"', 0x6B, 0xFF, 0xFE, (byte)'"']);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var answer = await Http.PostAsync(new Uri("/perform/append", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("not valid UTF-8", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Node.ReadAsync(s => s.Count, s_limit);
        Assert.Equal(before, Node.State.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_past_the_limit_is_refused_as_it_arrives_without_a_stack_trace(bool declared)
    {
        // Four times the largest body the node takes, with its length declared or sent chunked (no length).
        var value = "\"" + new string('x', 4 * (MaxActionBytes + (64 * 1024))) + "\"";
        HttpContent content = declared ? Json(value) : new ChunkedContent(Encoding.UTF8.GetBytes(value));
        var answer = await Http.PostAsync(new Uri("/perform/append", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Contains("larger than this endpoint takes", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_logs, l => l.Level >= LogLevel.Error);
        Assert.DoesNotContain(_logs, l => l.Text.Contains("   at ", StringComparison.Ordinal));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>A JSON body sent without Content-Length (chunked).</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < _bytes.Length; at += 8192)
            {
                await stream.WriteAsync(_bytes.AsMemory(at, Math.Min(8192, _bytes.Length - at)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>At most a few reads of the whole state are written at once; one more is told to come back.</summary>
public sealed class StateReadBoundTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_read_of_the_state_past_the_bound_gets_503_with_retry_after_and_the_next_one_after_them_is_served()
    {
        var builder = ServedApp.Builder();
        builder.Services.AddConflux<GatedState, int>(o =>
        {
            o.Id = "n1";
            o.Members = ["n1"];
            o.Channel = new MemoryChannel($"state-reads-{Guid.NewGuid():N}");
            o.InitialState = new GatedState(0);
            o.Reducer = (state, n, _) => new GatedState(state.N + n);
            o.Methods.Add<int>("add", (_, n) => n);
        });
        await using var app = await ServedApp.StartAsync(builder, web => web.MapConfluxApi(new ConfluxApiOptions { MaxConcurrentStateReads = 2 }));
        var http = app.Http;
        try
        {
            // Two reads are being written (each held inside the state's converter); a third is turned away at once.
            var first = http.GetAsync(new Uri("/state", UriKind.Relative));
            var second = http.GetAsync(new Uri("/state", UriKind.Relative));
            for (var i = 0; i < 2; i++)
            {
                Assert.True(await GatedState.Writing.WaitAsync(s_limit), "a read of the state to be written");
            }

            var third = await http.GetAsync(new Uri("/state/provisional", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
            Assert.Equal("1", third.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

            GatedState.Open.SetResult();
            Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
            Assert.Equal("{\"n\":0}", await (await second).Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/state", UriKind.Relative))).StatusCode);
        }
        finally
        {
            GatedState.Open.TrySetResult();
        }
    }
}

/// <summary>A state whose JSON is written only once <see cref="Open"/> is set: a read of it can be held mid-way.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(GatedStateConverter))]
public sealed record GatedState(int N)
{
    public static readonly SemaphoreSlim Writing = new(0);

    public static readonly TaskCompletionSource Open = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class GatedStateConverter : System.Text.Json.Serialization.JsonConverter<GatedState>
{
    public override GatedState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new GatedState(document.RootElement.GetProperty("n").GetInt32());
    }

    public override void Write(Utf8JsonWriter writer, GatedState value, JsonSerializerOptions options)
    {
        GatedState.Writing.Release();
        if (!GatedState.Open.Task.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the gate of the state's JSON was never opened");
        }

        writer.WriteStartObject();
        writer.WriteNumber("n", value.N);
        writer.WriteEndObject();
    }
}

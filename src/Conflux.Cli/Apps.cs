using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conflux.AspNetCore;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflux.Cli;

/// <summary>What the node host needs to start a node of any built-in app.</summary>
/// <param name="Members">The first configuration's members; ignored with <paramref name="Join"/>.</param>
/// <param name="Join">Start with no members and wait to be added to a running cluster.</param>
/// <param name="Start">Makes the channel and the store as the node starts, with the host's logger factory.</param>
internal sealed record NodeSetup(string Id, IReadOnlyList<string> Members, long SnapshotEntries, bool Join,
    Func<ILoggerFactory, (IChannel Channel, ILogStore? Storage)> Start);

/// <summary>The built-in apps: <c>log</c> (the original's example), <c>kv</c>, <c>counter</c> and <c>tictactoe</c> (the original's demo).</summary>
internal static class Apps
{
    public static readonly IReadOnlyList<string> Names = ["log", "kv", "counter", "tictactoe"];

    /// <summary>
    /// How the apps' states, actions and arguments are serialized: <see cref="JsonSerializerOptions.Web"/>, with their
    /// metadata generated at build time (<see cref="AppsJsonContext"/>) rather than made by reflection when the node
    /// first reads its state or an action, which took tens of milliseconds of a restart.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { TypeInfoResolver = AppsJsonContext.Default };

    /// <summary>The apps with a page of their own: path, title and the embedded file.</summary>
    public static readonly IReadOnlyDictionary<string, (string Path, string Title, string File)> Pages =
        new Dictionary<string, (string, string, string)> { ["tictactoe"] = ("/tictactoe", "Tic-tac-toe", "tictactoe.html") };

    /// <summary>Adds the node of <paramref name="app"/> to the services (<c>AddConflux</c>): it starts and stops with the host.</summary>
    public static void AddNode(string app, IServiceCollection services, NodeSetup setup)
    {
        switch (app)
        {
            case "log":
                Add<ImmutableList<JsonElement>, LogAction>(services, setup, Log);
                break;
            case "kv":
                Add<KvMap, KvAction>(services, setup, Kv);
                break;
            case "counter":
                Add<long, CounterAction>(services, setup, Counter);
                break;
            case "tictactoe":
                Add<TicTacToeState, TicTacToeAction>(services, setup, TicTacToe.Configure);
                break;
            default:
                throw new CliException($"--app must be one of {string.Join(", ", Names)} (got \"{app}\")");
        }
    }

    private static void Add<TState, TAction>(IServiceCollection services, NodeSetup setup, Action<ConfluxOptions<TState, TAction>> configure) =>
        services.AddConflux<TState, TAction>((provider, options) =>
        {
            options.Id = setup.Id;
            options.Members = setup.Join ? null : setup.Members;
            options.Join = setup.Join;
            (options.Channel, options.Storage) = setup.Start(provider.GetRequiredService<ILoggerFactory>());
            options.JsonOptions = Json;
            options.SnapshotEntries = setup.SnapshotEntries;
            configure(options);
        });

    /// <summary>Maps the app's own page, when it has one, and links the dashboard to it.</summary>
    public static void MapPages(string app, IEndpointRouteBuilder endpoints, ConfluxDashboardOptions options)
    {
        if (Pages.TryGetValue(app, out var page))
        {
            options.Links[page.Path] = page.Title;
            endpoints.MapEmbeddedPage(page.Path, typeof(Apps).Assembly, page.File);
            endpoints.MapEmbeddedPage(page.Path + ".mjs", typeof(Apps).Assembly, Path.ChangeExtension(page.File, ".mjs"));
        }
    }

    // Every method takes its arguments as a JSON array (the HTTP API: ["k", 1]) or as an object with named
    // properties (a Logux action: {"type":"put","key":"k","value":1}).

    /// <summary>The seed's example: <c>append(thing)</c> adds anything to a list.</summary>
    private static void Log(ConfluxOptions<ImmutableList<JsonElement>, LogAction> options)
    {
        options.InitialState = [];
        options.Reducer = (state, action, _) => state.Add(action.Thing);
        options.Methods.Add<JsonElement>("append", (_, args) => new LogAction("append", Arg(args, 0, "thing", "append", 1)));
    }

    /// <summary>
    /// A map: <c>put(key, value)</c>, <c>delete(key)</c>, <c>cas(key, from, to)</c> (null for absent). Values are kept
    /// as their JSON text (<see cref="RawJson"/>): a parsed document per value cost several times the bytes.
    /// </summary>
    private static void Kv(ConfluxOptions<KvMap, KvAction> options)
    {
        options.InitialState = KvMap.Empty;
        options.SnapshotFormat = KvSnapshotFormat.Instance;
        options.Reducer = (state, action, _) => action.Type == "delete" ? state.Remove(action.Key) : state.SetItem(action.Key, action.Value);
        options.Methods
            .Add<JsonElement>("put", (_, args) => new KvAction("put", Key(args, "put", 2), RawJson.From(Arg(args, 1, "value", "put", 2))))
            .Add<JsonElement>("delete", (state, args) =>
            {
                var key = Key(args, "delete", 1);
                return state.ContainsKey(key) ? new KvAction("delete", key, default) : null;
            })
            .Add<JsonElement>("cas", (state, args) =>
            {
                var key = Key(args, "cas", 3);
                var from = Arg(args, 1, "from", "cas", 3);
                var matches = state.TryGetValue(key, out var current)
                    ? current.DeepEquals(from)
                    : from.ValueKind == JsonValueKind.Null;
                return matches ? new KvAction("put", key, RawJson.From(Arg(args, 2, "to", "cas", 3))) : throw new MethodRejectedException("precondition failed");
            });
    }

    /// <summary>A number: <c>increment()</c>, <c>decrement()</c>, <c>add(n)</c>.</summary>
    private static void Counter(ConfluxOptions<long, CounterAction> options)
    {
        options.Reducer = (state, action, _) => state + action.Delta;
        options.Methods
            .Add<JsonElement>("increment", (_, args) => Count(args, "increment", 0) is var _ ? new CounterAction("increment", 1) : null)
            .Add<JsonElement>("decrement", (_, args) => Count(args, "decrement", 0) is var _ ? new CounterAction("decrement", -1) : null)
            .Add<JsonElement>("add", (_, args) => Arg(args, 0, "n", "add", 1) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var delta)
                ? new CounterAction("add", delta)
                : throw new MethodRejectedException("add takes one whole number"));
    }

    /// <summary>Argument <paramref name="index"/> of an array, or property <paramref name="name"/> of an object.</summary>
    private static JsonElement Arg(JsonElement args, int index, string name, string method, int count)
    {
        if (args.ValueKind == JsonValueKind.Object)
        {
            return args.TryGetProperty(name, out var value)
                ? value.Clone()
                : throw new MethodRejectedException($"{method} needs \"{name}\"");
        }

        Count(args, method, count);
        return args[index].Clone();
    }

    private static string Key(JsonElement args, string method, int count) =>
        Arg(args, 0, "key", method, count) is { ValueKind: JsonValueKind.String } key
            ? key.GetString()!
            : throw new MethodRejectedException($"the key of {method} must be a string");

    private static int Count(JsonElement args, string method, int count) =>
        args.ValueKind == JsonValueKind.Object || (args.ValueKind == JsonValueKind.Array && args.GetArrayLength() == count)
            ? count
            : throw new MethodRejectedException($"{method} takes {count} argument{(count == 1 ? "" : "s")}");
}

/// <summary>
/// A JSON value kept as its UTF-8 text and written back raw: a kv value costs its bytes and an array, where a
/// <see cref="JsonElement"/> of its own costs a document, its text and its index. The default is JSON null.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
internal readonly struct RawJson(ReadOnlyMemory<byte> utf8)
{
    private static readonly byte[] Null = "null"u8.ToArray();

    /// <summary>The value's JSON text; JSON null for the default value (no JSON value is empty).</summary>
    public ReadOnlySpan<byte> Utf8 => utf8.IsEmpty ? Null : utf8.Span;

    /// <summary>The text of <paramref name="element"/>, as the client sent it.</summary>
    /// <exception cref="MethodRejectedException">The text is not UTF-8 (a string with bytes that are not, which a
    /// reader of JSON lets through until it is read as text): no put keeps it.</exception>
    public static RawJson From(JsonElement element)
    {
        var text = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        return System.Text.Unicode.Utf8.IsValid(text) ? new(text.ToArray()) : throw new MethodRejectedException("the value is not valid UTF-8");
    }

    /// <summary>True when the value is the same JSON as <paramref name="other"/> (numbers by value, properties in any order).</summary>
    public bool DeepEquals(JsonElement other)
    {
        using var document = JsonDocument.Parse(utf8.IsEmpty ? Null : utf8);
        return JsonElement.DeepEquals(document.RootElement, other);
    }

    /// <summary>
    /// Appends the JSON text of the value at <paramref name="reader"/> to <paramref name="output"/>: a string, number or
    /// literal as it is (a string quoted again, its escapes as they were), an object or array through a document.
    /// </summary>
    public static void ReadText(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null or JsonTokenType.String:
                var quote = reader.TokenType == JsonTokenType.String;
                var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                var span = output.GetSpan(length + 2);
                var at = 0;
                if (quote)
                {
                    span[at++] = (byte)'"';
                }

                if (reader.HasValueSequence)
                {
                    reader.ValueSequence.CopyTo(span[at..]);
                }
                else
                {
                    reader.ValueSpan.CopyTo(span[at..]);
                }

                at += length;
                if (quote)
                {
                    span[at++] = (byte)'"';
                }

                output.Advance(at);
                return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        output.Write(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement));
    }
}

/// <summary>Reads any JSON value into <see cref="RawJson"/> without a document for simple ones, and writes it raw.</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = new ArrayBufferWriter<byte>(64);
        RawJson.ReadText(ref reader, text);
        return new RawJson(text.WrittenSpan.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}

internal sealed record LogAction(string Type, JsonElement Thing);

internal sealed record KvAction(string Type, string Key, RawJson Value);

/// <summary>A change of the counter; <see cref="Type"/> names the method (absent in logs written before it was added).</summary>
internal sealed record CounterAction(string? Type, long Delta);

/// <summary>The serialization metadata of the apps' types, generated at build time: see <see cref="Apps.Json"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ImmutableList<JsonElement>))]
[JsonSerializable(typeof(LogAction))]
[JsonSerializable(typeof(KvMap))]
[JsonSerializable(typeof(KvAction))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(CounterAction))]
[JsonSerializable(typeof(TicTacToeState))]
[JsonSerializable(typeof(TicTacToeAction))]
internal sealed partial class AppsJsonContext : JsonSerializerContext;

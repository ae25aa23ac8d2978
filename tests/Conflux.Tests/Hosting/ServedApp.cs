using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Tests.Api;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Hosting;

/// <summary>A web app of a test on a free port of 127.0.0.1, with an HTTP client for it; stopped and disposed together.</summary>
internal sealed class ServedApp : IAsyncDisposable
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private ServedApp(WebApplication web)
    {
        Web = web;
        Http = new HttpClient { BaseAddress = Address(web), Timeout = Limit };
    }

    public WebApplication Web { get; }

    public HttpClient Http { get; }

    /// <summary>
    /// A builder that reads only <paramref name="settings"/> (not the appsettings.json of the sample web app, which its
    /// reference copies beside the tests), listens on a free loopback port, and logs into <paramref name="logs"/>.
    /// </summary>
    public static WebApplicationBuilder Builder(IEnumerable<KeyValuePair<string, string?>>? settings = null, ConcurrentQueue<(LogLevel, string)>? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLoggerProvider(logs ?? new ConcurrentQueue<(LogLevel, string)>()));
        return builder;
    }

    /// <summary>Builds the app, maps what <paramref name="map"/> maps, and starts it.</summary>
    public static async Task<ServedApp> StartAsync(WebApplicationBuilder builder, Action<WebApplication> map)
    {
        var web = builder.Build();
        try
        {
            map(web);
            await web.StartAsync().WaitAsync(Limit);
            return new ServedApp(web);
        }
        catch
        {
            await web.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Adds a node alone on a memory channel whose state is the list of what <c>append</c> was given, with short
    /// timeouts; <paramref name="maxActionBytes"/> when given.
    /// </summary>
    public static void AddListNode(WebApplicationBuilder builder, string name, int? maxActionBytes = null) =>
        builder.Services.AddConflux<ImmutableList<JsonElement>, JsonElement>(o =>
        {
            o.Id = "n1";
            o.Members = ["n1"];
            o.Channel = new MemoryChannel($"{name}-{Guid.NewGuid():N}");
            o.InitialState = [];
            o.Reducer = (state, action, _) => state.Add(action);
            o.Methods.Add<JsonElement>("append", (_, value) => value);
            o.MaxActionBytes = maxActionBytes ?? o.MaxActionBytes;
            o.ElectionTimeoutMin = TimeSpan.FromMilliseconds(150);
            o.ElectionTimeoutMax = TimeSpan.FromMilliseconds(300);
            o.HeartbeatInterval = TimeSpan.FromMilliseconds(25);
        });

    /// <summary>Where a started app listens.</summary>
    public static Uri Address(WebApplication web) =>
        new(web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Web.StopAsync().WaitAsync(Limit);
        await Web.DisposeAsync();
    }
}

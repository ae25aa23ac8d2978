using Conflux.AspNetCore;
using Conflux.Logux;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Logux;

/// <summary>Counter nodes on a memory network, each serving its Logux endpoint over real HTTP (Kestrel on 127.0.0.1) with MapLogux.</summary>
internal sealed class KestrelCluster : IAsyncDisposable
{
    private readonly List<WebApplication?> _webs = [];

    private KestrelCluster(LoguxCluster nodes) => Cluster = nodes;

    public LoguxCluster Cluster { get; }

    public List<Uri> Urls { get; } = [];

    public static async Task<KestrelCluster> StartAsync(int size, LoguxServerOptions? options = null)
    {
        var cluster = new KestrelCluster(await LoguxCluster.StartAsync(size, options));
        foreach (var server in cluster.Cluster.Servers)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var web = builder.Build();
            web.MapLogux("/logux", server);
            await web.StartAsync();
            var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            cluster.Urls.Add(new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/logux"));
            cluster._webs.Add(web);
        }

        return cluster;
    }

    /// <summary>Stops node <paramref name="index"/> as a crash would look to its clients: its connections drop.</summary>
    public async Task CrashAsync(int index)
    {
        if (_webs[index] is { } web)
        {
            _webs[index] = null;
            await Cluster.Nodes[index].DisposeAsync();
            await StopAsync(web);
            await web.DisposeAsync();
        }
    }

    private static async Task StopAsync(WebApplication web)
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await web.StopAsync(stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var web in _webs)
        {
            if (web is not null)
            {
                await StopAsync(web);
                await web.DisposeAsync();
            }
        }

        await Cluster.DisposeAsync();
    }
}

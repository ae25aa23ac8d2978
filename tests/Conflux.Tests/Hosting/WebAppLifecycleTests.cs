using System.Net;
using System.Net.Http.Json;
using Conflux.AspNetCore;
using Conflux.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WebApp;
using Tally = System.Collections.Immutable.ImmutableSortedDictionary<string, int>;

namespace Conflux.Tests.Hosting;

/// <summary>
/// The sample web app's host in a <see cref="WebApplicationFactory{TEntryPoint}"/>, one per test: the node starts with
/// it, stops with it, and a disk that fails under it stops the host.
/// </summary>
public sealed class WebAppLifecycleTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_node_starts_with_the_app_and_stops_with_it()
    {
        var factory = new WebApplicationFactory<Vote>();
        IConfluxHostedNode hosted;
        ConfluxNode<Tally, Vote> node;
        try
        {
            using var http = factory.CreateClient();
            hosted = factory.Services.GetRequiredService<IConfluxHostedNode>();
            Assert.True(hosted.WhenStarted.IsCompletedSuccessfully);
            node = factory.Services.GetRequiredService<ConfluxNode<Tally, Vote>>();
            await http.PostAsJsonAsync("/polls/vote", new VoteRequest("tea"));
            Assert.Equal(1, node.State["tea"]);
            Assert.False(hosted.Completion.IsCompleted);
        }
        finally
        {
            await factory.DisposeAsync();
        }

        // The host stopped: the node left the cluster and ended without a failure.
        Assert.True(hosted.Completion.IsCompletedSuccessfully);
        await Assert.ThrowsAnyAsync<Exception>(() => node.PerformAsync("vote", "coffee", s_limit));
    }

    [Fact]
    public async Task A_disk_that_fails_under_the_node_stops_the_app()
    {
        var store = new FailingStore();
        await using var factory = new WebApplicationFactory<Vote>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.ConfigureConflux<Tally, Vote>((_, o) => o.Storage = store)));
        using var http = factory.CreateClient();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        var hosted = factory.Services.GetRequiredService<IConfluxHostedNode>();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/polls/vote", new VoteRequest("tea"))).StatusCode);

        store.Fail = true;
        var failed = await http.PostAsJsonAsync("/polls/vote", new VoteRequest("coffee"));
        Assert.NotEqual(HttpStatusCode.OK, failed.StatusCode);
        await stopping.Task.WaitAsync(s_limit);

        // The host is stopping: the node's completion says why.
        var failure = await Assert.ThrowsAsync<ConfluxException>(() => hosted.Completion.WaitAsync(s_limit));
        Assert.Contains("No space left on device", failure.InnerException?.Message, StringComparison.Ordinal);
    }
}

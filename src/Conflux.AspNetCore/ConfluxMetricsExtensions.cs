using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Conflux.AspNetCore;

/// <summary>Serves the <see cref="ConfluxMetrics.MeterName"/> meter in the Prometheus text format.</summary>
public static class ConfluxMetricsExtensions
{
    // One meter provider for the process: the meter is process-wide, and an app (or a test) that maps the endpoint
    // twice must not add a listener each time. It reads the Conflux meter only, whatever else the app measures.
    // No cached scrape: the exporter's default keeps an answer for 300 ms, so a scrape right after another one (two
    // endpoints of one process, or a test) would miss what happened in between.
    private static readonly Lazy<MeterProvider> s_provider = new(() =>
        Sdk.CreateMeterProviderBuilder().AddMeter(ConfluxMetrics.MeterName)
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0).Build());

    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c> to the figures of every Conflux node in the process (the instruments
    /// of <see cref="ConfluxMetrics"/>) in the Prometheus text format, by the OpenTelemetry Prometheus exporter: dots
    /// become underscores, counters end in <c>_total</c>, units are appended (<c>conflux_perform_duration_seconds</c>),
    /// and the node is the label <c>conflux_node</c>. Measurements count from the first call of this method.
    /// </summary>
    public static IEndpointConventionBuilder MapConfluxMetrics(this IEndpointRouteBuilder endpoints, string pattern = "/metrics")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        return endpoints.MapPrometheusScrapingEndpoint(pattern, s_provider.Value, configureBranchedPipeline: null, optionsName: null);
    }
}

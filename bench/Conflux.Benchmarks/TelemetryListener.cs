using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Conflux.Benchmarks;

/// <summary>
/// Listens to every instrument of the <c>Conflux</c> meter and samples every activity of the <c>Conflux</c> source, as an
/// exporter would (each measurement is added up; each activity is created, tagged and stopped): what metrics and traces
/// cost a perform when someone collects them.
/// </summary>
internal sealed class TelemetryListener : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly Lock _gate = new();
    private readonly ActivityListener? _activities;
    private long _measurements;
    private double _sum;
    private long _activitiesStopped;

    /// <param name="traces">Sample every activity too; without, the meter alone.</param>
    public TelemetryListener(bool traces)
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ConfluxMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((_, value, _, _) => Add(value));
        _meters.SetMeasurementEventCallback<int>((_, value, _, _) => Add(value));
        _meters.SetMeasurementEventCallback<double>((_, value, _, _) => Add(value));
        _meters.Start();
        if (!traces)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ConfluxMetrics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _ => Interlocked.Increment(ref _activitiesStopped),
        };
        ActivitySource.AddActivityListener(_activities);
    }

    /// <summary>Measurements and stopped activities seen, for the report (and so the work is not optimised away).</summary>
    public string Summary
    {
        get
        {
            _meters.RecordObservableInstruments();
            return $"{Interlocked.Read(ref _measurements):N0} measurements, {Interlocked.Read(ref _activitiesStopped):N0} activities";
        }
    }

    private void Add(double value)
    {
        Interlocked.Increment(ref _measurements);
        lock (_gate)
        {
            _sum += value;
        }
    }

    public void Dispose()
    {
        _meters.Dispose();
        _activities?.Dispose();
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>Keeps every log entry in a queue, for tests that assert on what a node logs.</summary>
internal sealed class ListLoggerFactory(ConcurrentQueue<(LogLevel, string)> logs) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class ListLogger(ConcurrentQueue<(LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((logLevel, formatter(state, exception)));
    }
}

/// <summary>A logging provider that keeps every entry in a queue, for hosts built in tests.</summary>
internal sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel, string)> logs) : ILoggerProvider
{
    private readonly ListLoggerFactory _factory = new(logs);

    public ILogger CreateLogger(string categoryName) => _factory.CreateLogger(categoryName);

    public void Dispose()
    {
    }
}

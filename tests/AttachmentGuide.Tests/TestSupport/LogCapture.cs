using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.TestSupport;

public sealed record LogEntry(LogLevel Level, string Category, string Message);

/// <summary>Collects what the app logs (message, exception included) so tests can read it back.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}

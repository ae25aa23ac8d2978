using System.Globalization;

namespace Conflux.Cli;

/// <summary>Options of the form <c>--name value</c> (or a bare <c>--flag</c>), with clear errors.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
            {
                throw new CliException($"unexpected argument \"{name}\"");
            }

            name = name[2..];
            if (_values.ContainsKey(name))
            {
                throw new CliException($"--{name} is given twice");
            }

            if (flags.Contains(name))
            {
                _values[name] = null;
                continue;
            }

            if (!e.MoveNext())
            {
                throw new CliException($"--{name} needs a value");
            }

            _values[name] = e.Current;
        }
    }

    public bool Has(string name)
    {
        _used.Add(name);
        return _values.ContainsKey(name);
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliException($"--{name} is required");

    public string? Optional(string name)
    {
        _used.Add(name);
        return _values.TryGetValue(name, out var value) ? value : null;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliException($"--{name} must be a whole number from {min} to {max} (got \"{text}\")");
        }

        return value;
    }

    /// <summary>Throws when an option was given that the command does not know.</summary>
    public void RejectUnknown()
    {
        foreach (var name in _values.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new CliException($"unknown option --{name}");
            }
        }
    }
}

/// <summary>A mistake in the command line: printed with the usage, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);

using System.Text.Json;

namespace Conflux;

/// <summary>
/// The methods (Redux's action creators) of a cluster, by name. A method runs on the leader against the
/// provisional state and returns an action, or null for nothing to do; to refuse, it throws
/// <see cref="MethodRejectedException"/> (any exception refuses, with its message).
/// Every node must register the same methods.
/// </summary>
/// <typeparam name="TState">The state tree.</typeparam>
/// <typeparam name="TAction">The actions.</typeparam>
public sealed class ConfluxMethods<TState, TAction>
{
    private readonly Dictionary<string, Func<TState, ReadOnlyMemory<byte>, JsonSerializerOptions, TAction?>> _methods = new(StringComparer.Ordinal);

    /// <summary>Names of the registered methods.</summary>
    public IReadOnlyCollection<string> Names => _methods.Keys;

    /// <summary>Number of registered methods.</summary>
    public int Count => _methods.Count;

    /// <summary>Registers a method without arguments.</summary>
    public ConfluxMethods<TState, TAction> Add(string name, Func<TState, TAction?> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddCore(name, (state, _, _) => method(state));
    }

    /// <summary>Registers a method whose argument travels to the leader as JSON and is read back as <typeparamref name="TArgs"/>.</summary>
    public ConfluxMethods<TState, TAction> Add<TArgs>(string name, Func<TState, TArgs, TAction?> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddCore(name, (state, json, options) =>
        {
            TArgs args;
            try
            {
                args = JsonSerializer.Deserialize<TArgs>(json.Span, options)!;
            }
            catch (JsonException ex)
            {
                throw new MethodRejectedException($"The arguments of {name} could not be read as {typeof(TArgs).Name}: {ex.Message}", ex);
            }

            return method(state, args);
        });
    }

    internal bool TryGet(string name, out Func<TState, ReadOnlyMemory<byte>, JsonSerializerOptions, TAction?> method) =>
        _methods.TryGetValue(name, out method!);

    internal bool Contains(string name) => _methods.ContainsKey(name);

    private ConfluxMethods<TState, TAction> AddCore(string name, Func<TState, ReadOnlyMemory<byte>, JsonSerializerOptions, TAction?> method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_methods.TryAdd(name, method))
        {
            throw new ArgumentException($"A method named {name} is already registered.", nameof(name));
        }

        return this;
    }
}

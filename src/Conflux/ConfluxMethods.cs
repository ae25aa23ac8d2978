using System.Text.Json;

namespace Conflux;

/// <summary>What a method may know besides the state and its arguments.</summary>
/// <param name="Time">
/// Milliseconds since the Unix epoch: the time the leader stamps on the action (<see cref="ActionMeta.Time"/>).
/// Use it rather than the wall clock, so that what the method decides and what the reducer sees agree.
/// </param>
/// <param name="Node">The node that performs.</param>
public readonly record struct MethodContext(long Time, string Node);

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
    private readonly Dictionary<string, Func<TState, ReadOnlyMemory<byte>, MethodContext, JsonSerializerOptions, TAction?>> _methods = new(StringComparer.Ordinal);

    /// <summary>Names of the registered methods.</summary>
    public IReadOnlyCollection<string> Names => _methods.Keys;

    /// <summary>Number of registered methods.</summary>
    public int Count => _methods.Count;

    /// <summary>Registers a method without arguments.</summary>
    public ConfluxMethods<TState, TAction> Add(string name, Func<TState, TAction?> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddCore(name, (state, _, _, _) => method(state));
    }

    /// <summary>
    /// Registers a method that also reads the <see cref="MethodContext"/>: the time the leader will stamp
    /// on the action and the node that performs it.
    /// </summary>
    public ConfluxMethods<TState, TAction> Add<TArgs>(string name, Func<TState, TArgs, MethodContext, TAction?> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddCore(name, (state, json, context, options) => method(state, ReadArgs<TArgs>(name, json, options), context));
    }

    /// <summary>Registers a method whose argument travels to the leader as JSON and is read back as <typeparamref name="TArgs"/>.</summary>
    public ConfluxMethods<TState, TAction> Add<TArgs>(string name, Func<TState, TArgs, TAction?> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddCore(name, (state, json, _, options) => method(state, ReadArgs<TArgs>(name, json, options)));
    }

    private static TArgs ReadArgs<TArgs>(string name, ReadOnlyMemory<byte> json, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<TArgs>(json.Span, options)!;
        }
        catch (JsonException ex)
        {
            throw new MethodRejectedException($"The arguments of {name} could not be read as {typeof(TArgs).Name}: {ex.Message}", ex);
        }
    }

    internal bool TryGet(string name, out Func<TState, ReadOnlyMemory<byte>, MethodContext, JsonSerializerOptions, TAction?> method) =>
        _methods.TryGetValue(name, out method!);

    /// <summary>True when a method of this name is registered.</summary>
    public bool Contains(string name) => _methods.ContainsKey(name);

    private ConfluxMethods<TState, TAction> AddCore(string name, Func<TState, ReadOnlyMemory<byte>, MethodContext, JsonSerializerOptions, TAction?> method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_methods.TryAdd(name, method))
        {
            throw new ArgumentException($"A method named {name} is already registered.", nameof(name));
        }

        return this;
    }
}

namespace Conflux;

/// <summary>Base of the errors Conflux raises for a perform.</summary>
public class ConfluxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfluxException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConfluxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConfluxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A method refused the request (it threw, on the leader, against the provisional state), or the reducer
/// failed on the action it returned. Nothing was appended.
/// </summary>
public class MethodRejectedException : ConfluxException
{
    /// <summary>Creates the exception.</summary>
    public MethodRejectedException()
    {
    }

    /// <summary>Creates the exception with the reason the method gives. Throw it from a method to refuse a request.</summary>
    public MethodRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MethodRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The method that refused, when known.</summary>
    public string? Method { get; init; }
}

/// <summary>No method of that name is registered.</summary>
public class UnknownMethodException : ConfluxException
{
    /// <summary>Creates the exception.</summary>
    public UnknownMethodException()
    {
    }

    /// <summary>Creates the exception for <paramref name="method"/>: "&lt;name&gt; is not a registered method".</summary>
    public UnknownMethodException(string method)
        : base($"{method} is not a registered method")
    {
        Method = method;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public UnknownMethodException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The name that was asked for.</summary>
    public string? Method { get; }
}

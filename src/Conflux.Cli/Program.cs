using Conflux.Cli;

// conflux node | cluster | member | status | perform | state: see conflux --help.
try
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}
catch (Exception ex) when (ex is Conflux.Storage.StorageException or IOException or UnauthorizedAccessException or ArgumentException)
{
    // A node that cannot start (its data directory is locked or damaged, a port is taken): say why, no stack trace.
    Console.Error.WriteLine($"conflux: cannot start: {ex.Message}");
    return 1;
}

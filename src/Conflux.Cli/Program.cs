using Conflux.Cli;

// conflux node ... | conflux cluster ... : see the usage below.
try
{
    return args switch
    {
        ["node", .. var rest] => await NodeCommand.RunAsync(rest),
        ["cluster", .. var rest] => await ClusterCommand.RunAsync(rest),
        ["member", .. var rest] => await MemberCommand.RunAsync(rest),
        [] or ["--help"] or ["-h"] or ["help"] => Usage(Console.Out, 0),
        _ => throw new CliException($"unknown command \"{args[0]}\""),
    };
}
catch (CliException ex)
{
    Console.Error.WriteLine($"conflux: {ex.Message}");
    return Usage(Console.Error, 2);
}
catch (Exception ex) when (ex is Conflux.Storage.StorageException or IOException or UnauthorizedAccessException or ArgumentException)
{
    // A node that cannot start (its data directory is locked or damaged, a port is taken): say why, no stack trace.
    Console.Error.WriteLine($"conflux: cannot start: {ex.Message}");
    return 1;
}

static int Usage(TextWriter to, int code)
{
    to.WriteLine("usage:");
    to.WriteLine(NodeCommand.Usage);
    to.WriteLine(ClusterCommand.Usage);
    to.WriteLine(MemberCommand.Usage);
    return code;
}

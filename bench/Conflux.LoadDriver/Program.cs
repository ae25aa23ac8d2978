namespace Conflux.LoadDriver;

/// <summary>
/// An HTTP load driver for a replicated key-value store: N callers in a closed loop putting small values
/// through the nodes' HTTP APIs (a <c>conflux node --app kv</c> cluster or etcd 3.4's gateway).
/// <c>dotnet run -c Release --project bench/Conflux.LoadDriver -- --target conflux|etcd --urls URL,URL,... --callers N --seconds S [--warmup S] [--label TEXT] [--timeout S]</c>
/// prints a human line and a JSON line on stdout; the exit code is 1 when no put succeeded, 2 on a usage error.
/// <c>--target tcp</c> times bare TCP round trips to another driver process started with <c>--echo PORT</c>.
/// <c>--target fsync --urls file:///DIR</c> times appends made durable one by one, a file per caller.
/// <c>--fault-floor MB</c> times the first write to each page of MB megabytes of fresh memory (the best of three runs,
/// in microseconds per page, on the last line).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--echo", var portText])
        {
            if (!int.TryParse(portText, out var port) || port is < 1 or > 65535)
            {
                await Console.Error.WriteLineAsync($"--echo {portText}: expected a port, 1 to 65535");
                return 2;
            }

            // Runs until the process is stopped (SIGTERM or Ctrl-C end it with the default handling).
            await TcpEcho.ServeAsync(port, CancellationToken.None);
            return 0;
        }

        if (args is ["--fault-floor", var megabytesText])
        {
            if (!int.TryParse(megabytesText, out var megabytes) || megabytes is < 1 or > 4096)
            {
                await Console.Error.WriteLineAsync($"--fault-floor {megabytesText}: expected megabytes, 1 to 4096");
                return 2;
            }

            var best = FaultFloor.MeasureMicrosecondsPerPage(megabytes, Console.Error);
            Console.WriteLine(best.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        DriverOptions options;
        try
        {
            options = DriverOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(DriverOptions.Usage);
            return 2;
        }

        var result = options.Target is Target.Logux or Target.Fanout
            ? await new LoguxLoad(options).RunAsync(Console.Error)
            : await new LoadRun(options).RunAsync(Console.Error);
        Console.WriteLine(LoadRun.FormatLine(result));
        Console.WriteLine(LoadRun.FormatJson(result));
        return result.Ops > 0 ? 0 : 1;
    }
}

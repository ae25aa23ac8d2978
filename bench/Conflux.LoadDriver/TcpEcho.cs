using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conflux.LoadDriver;

/// <summary>
/// The network floor under a put: <see cref="ServeAsync"/> writes back every byte it reads, and
/// <see cref="CallerAsync"/> times 64-byte round trips to it, one at a time, on its own connection.
/// </summary>
public static class TcpEcho
{
    private const int MessageBytes = 64;

    /// <summary>Echoes on 127.0.0.1:<paramref name="port"/> until cancelled (or the process is killed).</summary>
    public static async Task ServeAsync(int port, CancellationToken cancellationToken)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        listener.Listen(256);
        while (!cancellationToken.IsCancellationRequested)
        {
            var socket = await listener.AcceptAsync(cancellationToken);
            socket.NoDelay = true;
            _ = Task.Run(() => EchoAsync(socket, cancellationToken), CancellationToken.None);
        }
    }

    private static async Task EchoAsync(Socket socket, CancellationToken cancellationToken)
    {
        using (socket)
        {
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken)) > 0)
                {
                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                // The caller went away, or the server is stopping.
            }
        }
    }

    /// <summary>
    /// Round trips until <paramref name="stop"/>; each one's time goes to <paramref name="record"/> (which decides
    /// whether it counts). A failed connection or a closed one is an error that ends this caller.
    /// </summary>
    public static async Task CallerAsync(Uri endpoint, Action<long> record, Action<string> fail, CancellationToken stop)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var message = new byte[MessageBytes];
        var answer = new byte[MessageBytes];
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, stop);
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await socket.SendAsync(message, SocketFlags.None, stop);
                for (var got = 0; got < MessageBytes;)
                {
                    var read = await socket.ReceiveAsync(answer.AsMemory(got), SocketFlags.None, stop);
                    if (read == 0)
                    {
                        fail($"{endpoint}: the echo server closed the connection");
                        return;
                    }

                    got += read;
                }

                record(Stopwatch.GetTimestamp() - start);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (SocketException e)
        {
            fail($"{endpoint}: {e.Message}");
        }
    }
}

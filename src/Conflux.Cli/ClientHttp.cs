using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conflux.Cli;

/// <summary>The HTTP client of the client commands: the system's roots, or a cluster's own authority for https:// nodes.</summary>
internal static class ClientHttp
{
    /// <summary>The environment variable read when --ca is not given.</summary>
    public const string CaVariable = "CONFLUX_CA";

    /// <summary>The option naming the authority (PEM) a node's HTTPS certificate chains to, when the system does not trust it.</summary>
    public static System.CommandLine.Option<string> CaOption() => CommandLine.Text("--ca", "FILE",
        "For https:// nodes: the authority (PEM) their certificate chains to, when it is not one the system trusts.", "the system's", CaVariable);

    /// <summary>A client that waits <paramref name="timeout"/> and trusts <paramref name="caFile"/> (or $CONFLUX_CA) besides nothing else, or the system's roots.</summary>
    public static HttpClient Create(TimeSpan timeout, string? caFile = null)
    {
        caFile ??= NodeCommand.FromEnvironment(CaVariable);
        var handler = new SocketsHttpHandler();
        if (caFile is not null)
        {
            var authority = new X509Certificate2Collection();
            try
            {
                authority.ImportFromPemFile(caFile);
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--ca {caFile} cannot be read: {ex.Message}");
            }

            if (authority.Count == 0)
            {
                throw new CliException($"--ca {caFile} holds no PEM certificate");
            }

            // The node's name must match its certificate; the chain must lead to the given authority.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                certificate is not null && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
                && Conflux.Transport.Certificates.ChainsTo(certificate, authority, chain);
        }

        return new HttpClient(handler) { Timeout = timeout };
    }
}

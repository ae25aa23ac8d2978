using System.Security.Cryptography.X509Certificates;

namespace Conflux.Transport;

/// <summary>Certificates from files, as the TCP channel's TLS and the <c>conflux</c> command's HTTPS take them.</summary>
internal static class Certificates
{
    /// <summary>
    /// A certificate with its private key: a PKCS#12 file (.pfx/.p12, with <paramref name="password"/>), or a PEM
    /// file with the key in <paramref name="keyPath"/> or in the same file.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The files do not hold one.</exception>
    public static X509Certificate2 Load(string certificatePath, string? keyPath, string? password = null)
    {
        var extension = Path.GetExtension(certificatePath);
        if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(certificatePath, password);
        }

        // Through PKCS#12, so that the key is usable by the platform's TLS everywhere.
        using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>
    /// True when <paramref name="certificate"/> chains to <paramref name="authority"/> alone (the system's roots are
    /// not trusted), with the intermediates <paramref name="presented"/> carried; revocation is not checked.
    /// </summary>
    public static bool ChainsTo(X509Certificate certificate, X509Certificate2Collection authority, X509Chain? presented = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}

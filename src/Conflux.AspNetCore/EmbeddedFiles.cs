using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Conflux.AspNetCore;

/// <summary>The files an assembly embeds under <c>wwwroot/</c>, read once and served from memory.</summary>
internal sealed class EmbeddedFiles
{
    private const string Root = "wwwroot/";
    private static readonly ConcurrentDictionary<Assembly, EmbeddedFiles> Cache = new();
    private readonly Dictionary<string, (byte[] Bytes, string Type, string? Policy)> _files = new(StringComparer.Ordinal);

    private EmbeddedFiles(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Root, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var type = ContentType(name);
            _files[name[Root.Length..]] = (bytes, type, type.StartsWith("text/html", StringComparison.Ordinal) ? Policy(bytes) : null);
        }
    }

    public static EmbeddedFiles Of(Assembly assembly) => Cache.GetOrAdd(assembly, a => new EmbeddedFiles(a));

    public bool Contains(string path) => _files.ContainsKey(path);

    public IResult Serve(HttpContext context, string path)
    {
        if (!_files.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        // Pages change with the node's version, and no one should see a page of one version with files of another.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (file.Policy is { } policy)
        {
            context.Response.Headers.ContentSecurityPolicy = policy;
        }

        return Results.Bytes(file.Bytes, file.Type);
    }

    /// <summary>
    /// A page's Content-Security-Policy: nothing from elsewhere (scripts, styles, images and connections stay on
    /// this node), no framing, and no inline script but the page's own import maps, allowed by their hashes.
    /// </summary>
    private static string Policy(byte[] page)
    {
        var html = System.Text.Encoding.UTF8.GetString(page);
        var hashes = new System.Text.StringBuilder();
        const string open = "<script type=\"importmap\">";
        for (var at = html.IndexOf(open, StringComparison.Ordinal); at >= 0; at = html.IndexOf(open, at + 1, StringComparison.Ordinal))
        {
            var start = at + open.Length;
            var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(html[start..end]));
            hashes.Append(" 'sha256-").Append(Convert.ToBase64String(hash)).Append('\'');
        }

        return "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + $"script-src 'self'{hashes}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".json" => "application/json",
        _ => "text/plain; charset=utf-8",
    };
}

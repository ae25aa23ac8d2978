using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Conflux.AspNetCore;

/// <summary>The files an assembly embeds under <c>wwwroot/</c>, read once and served from memory.</summary>
internal sealed class EmbeddedFiles
{
    private const string Root = "wwwroot/";
    private static readonly ConcurrentDictionary<Assembly, EmbeddedFiles> Cache = new();
    private readonly Dictionary<string, (byte[] Bytes, string Type)> _files = new(StringComparer.Ordinal);

    private EmbeddedFiles(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Root, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _files[name[Root.Length..]] = (copy.ToArray(), ContentType(name));
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
        if (file.Type.StartsWith("text/html", StringComparison.Ordinal))
        {
            // Nothing from elsewhere: scripts, styles, images and connections stay on this node.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self' 'unsafe-inline'";
        }

        return Results.Bytes(file.Bytes, file.Type);
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

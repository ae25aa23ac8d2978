using System.Net.Http.Headers;
using System.Text;

namespace Conflux.LoadDriver;

/// <summary>One put of a small value under a given key, in the shape each target expects (or, for the HTTP floor, a health check).</summary>
public static class PutRequests
{
    /// <summary>The value every put writes: 16 bytes, as in the in-process benchmarks' payloads.</summary>
    public const string Value = "value-0123456789";

    private static readonly string s_valueBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Value));

    /// <summary>The URL puts go to on a node whose base URL is <paramref name="baseUrl"/>.</summary>
    public static Uri Endpoint(Target target, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);

        // etcd 3.4 serves the gateway under both /v3 and /v3beta (3.3 had only /v3beta, 3.5 only /v3).
        var path = target switch
        {
            Target.Conflux => "perform/put",
            Target.Etcd => "v3/kv/put",
            _ => "health",
        };
        var text = baseUrl.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + path : text + "/" + path);
    }

    /// <summary>A put request; keys are plain ASCII (<c>k&lt;caller&gt;-&lt;n&gt;</c>), so no JSON escaping is needed.</summary>
    public static HttpRequestMessage Create(Target target, Uri endpoint, string key)
    {
        if (target == Target.Health)
        {
            return new HttpRequestMessage(HttpMethod.Get, endpoint);
        }

        var body = target == Target.Conflux
            ? $"[\"{key}\",\"{Value}\"]"
            : $"{{\"key\":\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(key))}\",\"value\":\"{s_valueBase64}\"}}";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
    }
}

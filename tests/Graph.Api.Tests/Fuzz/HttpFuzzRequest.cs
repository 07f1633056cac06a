using System.Text;

namespace Graph.Api.Tests.Fuzz;

/// <summary>One request of the HTTP fuzz: what is sent, where, and whether it carries the API key.</summary>
internal sealed record HttpFuzzRequest(HttpMethod Method, string Path, byte[]? Body, string? ContentType, bool WithKey)
{
    /// <summary>Set on a Query API request that asks for typed JSON back.</summary>
    public string? Accept { get; init; }

    public string Describe()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        if (body.Length > 600)
        {
            body = body[..300] + $" …({body.Length} chars)… " + body[^200..];
        }

        return $"{Method} {(Path.Length > 300 ? Path[..300] + "…" : Path)}{(WithKey ? " [key]" : "")}"
            + (ContentType is null ? "" : $" ({ContentType})") + (Accept is null ? "" : $" accept {Accept}") + "\n" + body;
    }
}

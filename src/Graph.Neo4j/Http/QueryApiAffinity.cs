namespace Graph.Neo4j.Http;

/// <summary>
/// What pins an explicit transaction to the cluster member that holds it: the <c>neo4j-cluster-affinity</c>
/// response header and any cookie set with it (Aura's load balancer). Echoed on every later request of that
/// transaction, and only of that one.
/// </summary>
internal sealed record QueryApiAffinity(string? Header, string? Cookie)
{
    public const string HeaderName = "neo4j-cluster-affinity";

    public static QueryApiAffinity None { get; } = new(null, null);

    /// <summary>The affinity set by a response, keeping this one's parts the response does not replace.</summary>
    public QueryApiAffinity Update(HttpResponseMessage response)
    {
        var header = response.Headers.TryGetValues(HeaderName, out var values) ? values.FirstOrDefault() ?? Header : Header;
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(c => c.Split(';', 2)[0].Trim()).Where(c => c.Length > 0))
            : Cookie;
        return new QueryApiAffinity(header, string.IsNullOrEmpty(cookie) ? null : cookie);
    }

    public void Apply(HttpRequestMessage request)
    {
        if (Header is not null)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, Header);
        }

        if (Cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", Cookie);
        }
    }
}

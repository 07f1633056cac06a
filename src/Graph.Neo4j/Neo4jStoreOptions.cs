namespace Graph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's Query API (Neo4j 5.19+ or Aura). Bound from configuration
/// (<c>Graph:Neo4j:*</c>) by the service; every time span must be positive.
/// </summary>
public sealed record Neo4jStoreOptions
{
    /// <summary>The server's HTTP(S) root, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri Uri { get; init; } = new("http://localhost:7474");

    /// <summary>The database every statement runs against.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Basic-auth user; when null or empty no Authorization header is sent (a server with auth disabled).</summary>
    public string? User { get; init; } = "neo4j";

    public string? Password { get; init; }

    /// <summary>A bearer token (SSO); when set it is sent instead of Basic credentials.</summary>
    public string? BearerToken { get; init; }

    /// <summary>Limit for one statement when <c>QueryOptions.Timeout</c> does not say; covers retries too.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit for opening a TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a pooled connection is reused before it is replaced, so DNS changes (Aura, a cluster
    /// behind a load balancer) are picked up; 5 minutes is the usual HttpClient guidance.
    /// </summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When to retry, and how long to wait between attempts.</summary>
    // A fresh instance, never the shared Default: configuration binding writes into existing instances.
    public Neo4jRetryPolicy Retry { get; init; } = new();

    /// <summary>
    /// When true the store passes the bookmarks of its latest response on with the next request, so a read
    /// after a write sees that write even on a cluster (causal consistency). Harmless on one server.
    /// </summary>
    public bool ChainBookmarks { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (!Uri.IsAbsoluteUri || (Uri.Scheme != Uri.UriSchemeHttp && Uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Neo4j URI must be an absolute http(s) URI, not '{Uri}'.", nameof(Uri));
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{Database}' is not a database name.", nameof(Database));
        }

        RequirePositive(RequestTimeout, nameof(RequestTimeout));
        RequirePositive(ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(PooledConnectionLifetime, nameof(PooledConnectionLifetime));
        Retry.Validate();
    }

    internal static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive, not {value}.", name);
        }
    }

    /// <summary>Never prints the password or token.</summary>
    public override string ToString() =>
        $"Neo4j {Uri} db={Database} user={User ?? "(none)"} auth={(BearerToken is not null ? "bearer" : Password is not null ? "basic" : "none")}";
}

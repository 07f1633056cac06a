namespace Graph.Api.Configuration;

/// <summary>The service's settings, bound from the <c>Graph</c> section (see docs/api.md for every key).</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary><c>embedded</c> (default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = StoreKinds.Embedded;

    /// <summary>The embedded database file; relative paths are under the working folder.</summary>
    public string DatabasePath { get; set; } = Path.Join("data", "graph.db");

    /// <summary>The seed folder loaded at start-up when it changed since the last load; empty to load nothing.</summary>
    public string SeedPath { get; set; } = "graph-seed";

    /// <summary>
    /// The key that write endpoints require (header <c>X-Api-Key</c>, or <c>Authorization: Bearer</c>);
    /// with none configured every write is refused.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The database name the Neo4j-compatible Query API answers to (<c>/db/{name}/query/v2</c>).</summary>
    public string DatabaseName { get; set; } = "neo4j";

    public CypherLimits Cypher { get; set; } = new();

    /// <summary>Caching of the domain GET answers: <c>auto</c> (on for the embedded store, off for Neo4j), <c>on</c> or <c>off</c>.</summary>
    public string ResponseCache { get; set; } = "auto";

    /// <summary>Largest request body accepted, in bytes; larger ones get 413. 1 MiB fits any statement a person writes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>How long an idle explicit transaction of the Query API lives (Neo4j's default is 30 s).</summary>
    public TimeSpan TransactionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

namespace Graph.Stores.Tests.Support;

/// <summary>
/// One collection per store: its tests share one service (started once) and run one after another, so a test's
/// writes, which it undoes, never meet another test's reads. The three stores run in parallel.
/// </summary>
public static class StoreCollections
{
    public const string Embedded = "embedded store";
    public const string QueryApiLoopback = "query api loopback store";
    public const string Neo4j = "neo4j store";
}

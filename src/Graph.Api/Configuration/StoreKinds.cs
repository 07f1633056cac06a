namespace Graph.Api.Configuration;

/// <summary>The values of <c>Graph:Store</c>.</summary>
public static class StoreKinds
{
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";
}

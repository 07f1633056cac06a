namespace Graph.Stores.Tests.Support;

/// <summary>The stores the one suite runs on.</summary>
public enum StoreKind
{
    /// <summary>The embedded engine, in the test process.</summary>
    Embedded,

    /// <summary>
    /// The Neo4j Query API client (<c>Neo4jGraphStore</c>) pointed at the service's own <c>/db/neo4j/query/v2</c>
    /// on a loopback port, the service itself running on the embedded engine.
    /// </summary>
    QueryApiLoopback,

    /// <summary>The Neo4j Query API client against a real Neo4j 5 (Testcontainers, or GRAPH_NEO4J_TEST_URI).</summary>
    Neo4j,
}

using Graph.Neo4j;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the Query API client against the service's own /db/neo4j/query/v2 on loopback.</summary>
[Collection(StoreCollections.QueryApiLoopback)]
public sealed class LoopbackApiCheckTests(LoopbackStoreFixture store) : ApiCheckTests(store)
{
    /// <summary>The binding's own check: the inherited suite runs through the Query API client, not on the engine directly.</summary>
    [SkippableFact]
    public void The_suite_runs_through_the_query_api_client() => Assert.IsType<Neo4jGraphStore>(Store);
}

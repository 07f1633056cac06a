using Graph.Neo4j;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the Query API client against a real Neo4j (skipped without Docker).</summary>
[Collection(StoreCollections.Neo4j)]
public sealed class Neo4jApiCheckTests(Neo4jStoreFixture store) : ApiCheckTests(store)
{
    /// <summary>The binding's own check: the inherited suite runs through the Query API client against Neo4j.</summary>
    [SkippableFact]
    public void The_suite_runs_through_the_query_api_client() => Assert.IsType<Neo4jGraphStore>(Store);
}

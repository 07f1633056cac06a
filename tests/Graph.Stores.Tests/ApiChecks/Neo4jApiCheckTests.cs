using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the Query API client against a real Neo4j (skipped without Docker).</summary>
[Collection(StoreCollections.Neo4j)]
public sealed class Neo4jApiCheckTests(Neo4jStoreFixture store) : ApiCheckTests(store)
{
}

using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the Query API client against the service's own /db/neo4j/query/v2 on loopback.</summary>
[Collection(StoreCollections.QueryApiLoopback)]
public sealed class LoopbackApiCheckTests(LoopbackStoreFixture store) : ApiCheckTests(store)
{
}

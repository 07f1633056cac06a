using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="StoreBehaviourTests"/> on the Query API client against the service's own /db/neo4j/query/v2 on loopback.</summary>
[Collection(StoreCollections.QueryApiLoopback)]
public sealed class LoopbackStoreBehaviourTests(LoopbackStoreFixture store) : StoreBehaviourTests(store)
{
}

using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="StoreBehaviourTests"/> on the Query API client against a real Neo4j (skipped without Docker).</summary>
[Collection(StoreCollections.Neo4j)]
public sealed class Neo4jStoreBehaviourTests(Neo4jStoreFixture store) : StoreBehaviourTests(store)
{
}

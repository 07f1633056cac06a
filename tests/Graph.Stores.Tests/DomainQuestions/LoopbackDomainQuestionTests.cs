using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="DomainQuestionTests"/> on the Query API client against the service's own /db/neo4j/query/v2 on loopback.</summary>
[Collection(StoreCollections.QueryApiLoopback)]
public sealed class LoopbackDomainQuestionTests(LoopbackStoreFixture store) : DomainQuestionTests(store)
{
}

using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="DomainQuestionTests"/> on the Query API client against a real Neo4j (skipped without Docker).</summary>
[Collection(StoreCollections.Neo4j)]
public sealed class Neo4jDomainQuestionTests(Neo4jStoreFixture store) : DomainQuestionTests(store)
{
}

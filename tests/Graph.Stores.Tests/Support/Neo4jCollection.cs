namespace Graph.Stores.Tests.Support;

/// <summary>The tests on the <see cref="StoreKind.Neo4j"/> store.</summary>
[CollectionDefinition(StoreCollections.Neo4j)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jStoreFixture>
{
}

namespace Graph.Stores.Tests.Support;

/// <summary>The tests on the <see cref="StoreKind.QueryApiLoopback"/> store.</summary>
[CollectionDefinition(StoreCollections.QueryApiLoopback)]
public sealed class QueryApiLoopbackCollection : ICollectionFixture<LoopbackStoreFixture>
{
}

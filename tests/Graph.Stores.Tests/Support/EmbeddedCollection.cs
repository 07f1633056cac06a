namespace Graph.Stores.Tests.Support;

/// <summary>The tests on the <see cref="StoreKind.Embedded"/> store.</summary>
[CollectionDefinition(StoreCollections.Embedded)]
public sealed class EmbeddedCollection : ICollectionFixture<EmbeddedStoreFixture>
{
}

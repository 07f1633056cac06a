using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the embedded engine, in process.</summary>
[Collection(StoreCollections.Embedded)]
public sealed class EmbeddedApiCheckTests(EmbeddedStoreFixture store) : ApiCheckTests(store)
{
}

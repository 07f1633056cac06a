using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="StoreBehaviourTests"/> on the embedded engine, in process.</summary>
[Collection(StoreCollections.Embedded)]
public sealed class EmbeddedStoreBehaviourTests(EmbeddedStoreFixture store) : StoreBehaviourTests(store)
{
}

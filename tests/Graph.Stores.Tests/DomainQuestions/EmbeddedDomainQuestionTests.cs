using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="DomainQuestionTests"/> on the embedded engine, in process.</summary>
[Collection(StoreCollections.Embedded)]
public sealed class EmbeddedDomainQuestionTests(EmbeddedStoreFixture store) : DomainQuestionTests(store)
{
}

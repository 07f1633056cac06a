using Graph.Engine;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.DomainQuestions;

/// <summary><see cref="StoreBehaviourTests"/> on the embedded engine, in process.</summary>
[Collection(StoreCollections.Embedded)]
public sealed class EmbeddedStoreBehaviourTests(EmbeddedStoreFixture store) : StoreBehaviourTests(store)
{
    /// <summary>The binding's own check: the inherited suite runs on the engine, not on a client of it.</summary>
    [SkippableFact]
    public void The_suite_runs_on_the_embedded_engine() => Assert.IsType<EmbeddedGraphStore>(Store);
}

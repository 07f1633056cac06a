using Graph.Engine;
using Graph.Stores.Tests.Support;

namespace Graph.Stores.Tests.ApiChecks;

/// <summary><see cref="ApiCheckTests"/> on the embedded engine, in process.</summary>
[Collection(StoreCollections.Embedded)]
public sealed class EmbeddedApiCheckTests(EmbeddedStoreFixture store) : ApiCheckTests(store)
{
    /// <summary>The binding's own check: the inherited suite runs on the engine, not on a client of it.</summary>
    [SkippableFact]
    public void The_suite_runs_on_the_embedded_engine() => Assert.IsType<EmbeddedGraphStore>(Store);
}

namespace Graph.Stores.Tests.Support;

/// <summary>The service on the embedded engine, in memory: the default configuration.</summary>
public sealed class EmbeddedStoreFixture : StoreFixture
{
    public override StoreKind Kind => StoreKind.Embedded;

    protected override Task<ApiHost?> StartAsync() => Task.FromResult<ApiHost?>(new ApiHost());
}

namespace Graph.Api.Tests.Support;

/// <summary>Acceptance tests share one service on the full seed.</summary>
[CollectionDefinition(FullSeedApi.Collection)]
public sealed class FullSeedCollection : ICollectionFixture<FullSeedApi>
{
}

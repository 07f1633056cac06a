namespace Graph.Api.Tests.Support;

/// <summary>Tests that only read share one service on the tiny seed.</summary>
[CollectionDefinition(TinySeedApi.Collection)]
public sealed class TinySeedCollection : ICollectionFixture<TinySeedApi>
{
}

namespace Graph.Api.Tests.Support;

/// <summary>The service on graph-seed/tiny, shared read-only by the tests of the <c>tiny</c> collection.</summary>
public sealed class TinySeedApi() : GraphApiFactory(RepoPaths.TinySeed)
{
    public const string Collection = "tiny seed";
}

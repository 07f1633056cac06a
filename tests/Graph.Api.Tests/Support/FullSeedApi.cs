namespace Graph.Api.Tests.Support;

/// <summary>The service on the full graph-seed/, for acceptance answers.</summary>
public sealed class FullSeedApi() : GraphApiFactory(RepoPaths.FullSeed)
{
    public const string Collection = "full seed";
}

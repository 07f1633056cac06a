namespace Graph.Explorer.Tests;

/// <summary>Every explorer test shares one service process and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}

namespace Graph.Engine.Sqlite.Import;

/// <summary>Options of a bulk import.</summary>
public sealed record ImportOptions
{
    public ImportIdType IdType { get; init; } = ImportIdType.String;

    /// <summary>Stop collecting problems after this many (the import fails either way).</summary>
    public int MaxProblems { get; init; } = 100;
}

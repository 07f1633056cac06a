using Graph.Seeding;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// The outcome of an import. With any <see cref="Problems"/> nothing was imported: the database is as it was.
/// </summary>
public sealed record ImportResult(
    long Nodes,
    long Relationships,
    IReadOnlyList<KeyValuePair<string, long>> NodesByLabel,
    IReadOnlyList<KeyValuePair<string, long>> RelationshipsByType,
    IReadOnlyList<SeedProblem> Problems,
    TimeSpan ReadTime,
    TimeSpan WriteTime)
{
    public bool Succeeded => Problems.Count == 0;
}

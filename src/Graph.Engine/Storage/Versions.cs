namespace Graph.Engine.Storage;

/// <summary>
/// Commit stamps. Every committed version carries the commit number of the transaction that
/// wrote it; a reader with snapshot S sees, per record, the newest version stamped at most S.
/// The single writer's own versions carry <see cref="Uncommitted"/> until it commits, so no
/// reader sees them and the writer (reading with S = <see cref="Uncommitted"/>) always does.
/// </summary>
internal static class Versions
{
    public const long Uncommitted = long.MaxValue;
}

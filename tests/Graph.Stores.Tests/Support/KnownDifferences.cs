namespace Graph.Stores.Tests.Support;

/// <summary>
/// Where the stores answer differently today, each with which store and why (docs/stores.md and the "Known
/// differences" section of docs/neo4j.md say the same). A test meets one only through <see cref="SkipWhile"/>: it
/// skips, printing the reason, while the difference is there, and runs as a normal test once it is gone.
/// </summary>
public static class KnownDifferences
{
    /// <summary>
    /// The embedded engine's full-text index takes only STRING values; Neo4j's takes LIST&lt;STRING&gt; too, so on
    /// Neo4j <c>aliases</c> (a string list) is searchable and on the embedded engine it is not: searching an English
    /// alias such as "SMIC" finds nothing. In the engine: Storage/StoreTransaction.Write.cs (IndexNodeProperty indexes
    /// <c>value is string</c> only), the index population and BuiltInProcedures.FullText (scores string properties only).
    /// </summary>
    public const string FullTextIgnoresStringLists =
        "known difference, embedded engine: the full-text index ignores LIST<STRING> properties (aliases), which Neo4j indexes";

    /// <summary>True when the store answers with the embedded engine (in process, or behind the service's Query API).</summary>
    public static bool IsEmbedded(StoreKind kind) => kind is StoreKind.Embedded or StoreKind.QueryApiLoopback;

    /// <summary>Skips, with the difference as the reason, when the store is one it applies to and the answer shows it.</summary>
    public static void SkipWhile(bool applies, bool observed, string difference) =>
        Skip.If(applies && observed, difference);
}

using Graph.Core.Store;

namespace Graph.Neo4j.Http;

/// <summary>One successful Query API response, decoded.</summary>
internal sealed record QueryApiReply(
    IReadOnlyList<string> Fields,
    IReadOnlyList<object?[]> Rows,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<string> Notifications,
    string? TransactionId,
    string? TransactionExpires,
    QueryApiAffinity Affinity);

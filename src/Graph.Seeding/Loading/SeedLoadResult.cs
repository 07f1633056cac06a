using Graph.Core.Store;

namespace Graph.Seeding.Loading;

/// <summary>What a load sent and what the store says it changed (on a reload: no nodes or relationships created).</summary>
public sealed record SeedLoadResult(int Nodes, int Relationships, int Statements, QueryCounters Counters);

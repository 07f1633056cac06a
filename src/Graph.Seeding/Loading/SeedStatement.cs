using Graph.Core.Store;

namespace Graph.Seeding.Loading;

/// <summary>
/// One statement of a load: its phase, the group it writes (a label, or <c>Enterprise-IN_CHAIN-&gt;Chain</c>),
/// the parameterised Cypher, and how many seed rows its <c>$rows</c> carries.
/// </summary>
public sealed record SeedStatement(SeedLoadPhase Phase, string Group, CypherQuery Query, int Rows);

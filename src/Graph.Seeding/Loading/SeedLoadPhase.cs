namespace Graph.Seeding.Loading;

/// <summary>The phases of a load, in the order they run.</summary>
public enum SeedLoadPhase
{
    /// <summary>Uniqueness constraints on <c>:Label(id)</c>, which also give the MERGEs and MATCHes an index.</summary>
    Constraints,

    Nodes,

    Relationships,
}

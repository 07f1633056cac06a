namespace Graph.Engine.Planning;

/// <summary>What the planner may ask of the store: rough counts and which property indexes exist.</summary>
internal interface IPlanningStatistics
{
    /// <summary>Roughly how many nodes carry the label (an upper bound is fine).</summary>
    long LabelCount(string label);

    long NodeCount { get; }

    /// <summary>True when a property index on (label, key) can serve seeks.</summary>
    bool HasIndex(string label, string key);
}

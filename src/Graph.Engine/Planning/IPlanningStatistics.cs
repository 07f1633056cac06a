using Graph.Engine.Ast;

namespace Graph.Engine.Planning;

/// <summary>What the planner may ask of the store: rough counts and which property indexes exist.</summary>
internal interface IPlanningStatistics
{
    /// <summary>Roughly how many nodes carry the label (an upper bound is fine).</summary>
    long LabelCount(string label);

    long NodeCount { get; }

    /// <summary>True when a property index on (label, key) can serve seeks.</summary>
    bool HasIndex(string label, string key);

    /// <summary>
    /// Per node of <paramref name="fromLabel"/>, roughly how many relationships of <paramref name="types"/> (any when empty)
    /// an expansion in <paramref name="direction"/> visits, and how many of them reach a node with all <paramref name="toLabels"/>.
    /// </summary>
    (double Visited, double Kept) Fanout(string fromLabel, IReadOnlyList<string> types, AstDirection direction, IReadOnlyList<string> toLabels);
}

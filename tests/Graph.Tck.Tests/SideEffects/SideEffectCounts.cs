using System.Globalization;

namespace Graph.Tck.Tests.SideEffects;

/// <summary>The TCK's side-effect counters: differences observable between the graph before and after a query.</summary>
internal sealed record SideEffectCounts(
    int PlusNodes,
    int MinusNodes,
    int PlusRelationships,
    int MinusRelationships,
    int PlusLabels,
    int MinusLabels,
    int PlusProperties,
    int MinusProperties)
{
    public static SideEffectCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Reads an <c>And the side effects should be:</c> table (<c>| +nodes | 1 |</c>); unlisted counters are zero.</summary>
    /// <exception cref="FormatException">An unknown counter or a non-integer count.</exception>
    public static SideEffectCounts FromTable(IReadOnlyList<IReadOnlyList<string>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var counts = None;
        foreach (var row in table)
        {
            if (row.Count != 2 || !int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                throw new FormatException($"a side-effect row is '| counter | count |': | {string.Join(" | ", row)} |");
            }

            counts = row[0] switch
            {
                "+nodes" => counts with { PlusNodes = n },
                "-nodes" => counts with { MinusNodes = n },
                "+relationships" => counts with { PlusRelationships = n },
                "-relationships" => counts with { MinusRelationships = n },
                "+labels" => counts with { PlusLabels = n },
                "-labels" => counts with { MinusLabels = n },
                "+properties" => counts with { PlusProperties = n },
                "-properties" => counts with { MinusProperties = n },
                _ => throw new FormatException($"unknown side-effect counter '{row[0]}'"),
            };
        }

        return counts;
    }

    /// <summary>The non-zero counters, e.g. <c>+nodes 1, +labels 1</c>, or <c>none</c>.</summary>
    public override string ToString()
    {
        var parts = new (string Name, int Count)[]
        {
            ("+nodes", PlusNodes), ("-nodes", MinusNodes),
            ("+relationships", PlusRelationships), ("-relationships", MinusRelationships),
            ("+labels", PlusLabels), ("-labels", MinusLabels),
            ("+properties", PlusProperties), ("-properties", MinusProperties),
        }.Where(p => p.Count != 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Count}"));
        var text = string.Join(", ", parts);
        return text.Length == 0 ? "none" : text;
    }
}

using System.Globalization;
using Graph.Core.Store;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests.Comparison;

/// <summary>
/// Compares an engine result with an expected TCK table (header row, then value rows): the columns by
/// name and order, then the rows — as a bag (multiplicity counts) or in order — each cell by its
/// canonical rendering (<see cref="TckValueFormatter"/>).
/// </summary>
internal static class ResultTableComparer
{
    private const int MaxListed = 5;

    /// <summary>Returns null when the result matches, else a one-line reason.</summary>
    /// <exception cref="FormatException">An expected cell is not in the value notation.</exception>
    public static string? Compare(IReadOnlyList<IReadOnlyList<string>> table, QueryResult actual, ResultOrdering ordering)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(ordering);
        if (table.Count == 0)
        {
            throw new FormatException("an expected result table has a header row");
        }

        var header = table[0];
        if (!header.SequenceEqual(actual.Fields, StringComparer.Ordinal))
        {
            return $"columns differ: expected [{string.Join(", ", header)}], got [{string.Join(", ", actual.Fields)}]";
        }

        var expected = table.Skip(1).Select(row => RenderExpected(row, ordering.IgnoreListOrder)).ToList();
        var got = actual.Rows.Select(row => RenderActual(row, ordering.IgnoreListOrder)).ToList();
        return ordering.Ordered ? CompareInOrder(expected, got) : CompareAsBags(expected, got);
    }

    /// <summary>For <c>the result should be empty</c>: only the row count matters.</summary>
    public static string? CompareEmpty(QueryResult actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return actual.Rows.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"expected no rows, got {actual.Rows.Count}: {List(actual.Rows.Select(r => RenderActual(r, false)).ToList())}");
    }

    private static string RenderExpected(IReadOnlyList<string> row, bool ignoreListOrder) =>
        string.Join(" | ", row.Select(cell => TckValueFormatter.Format(TckValueParser.Parse(cell), ignoreListOrder)));

    private static string RenderActual(object?[] row, bool ignoreListOrder) =>
        string.Join(" | ", row.Select(cell => TckValueFormatter.Format(cell, ignoreListOrder)));

    private static string? CompareInOrder(List<string> expected, List<string> got)
    {
        for (var i = 0; i < Math.Min(expected.Count, got.Count); i++)
        {
            if (!string.Equals(expected[i], got[i], StringComparison.Ordinal))
            {
                return string.Create(CultureInfo.InvariantCulture, $"row {i + 1} differs: expected {expected[i]}, got {got[i]}");
            }
        }

        return expected.Count == got.Count
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"expected {expected.Count} rows, got {got.Count}: {List(got)}");
    }

    private static string? CompareAsBags(List<string> expected, List<string> got)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in got)
        {
            remaining[row] = remaining.GetValueOrDefault(row) + 1;
        }

        var missing = new List<string>();
        foreach (var row in expected)
        {
            if (remaining.GetValueOrDefault(row) > 0)
            {
                remaining[row]--;
            }
            else
            {
                missing.Add(row);
            }
        }

        var unexpected = remaining.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"expected {expected.Count} rows, got {got.Count}; missing {missing.Count}: {List(missing)}; unexpected {unexpected.Count}: {List(unexpected)}");
    }

    private static string List(List<string> rows)
    {
        var shown = rows.Take(MaxListed).Select(r => "(" + r + ")");
        var more = rows.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $" …{rows.Count - MaxListed} more") : string.Empty;
        return string.Join(", ", shown) + more;
    }
}

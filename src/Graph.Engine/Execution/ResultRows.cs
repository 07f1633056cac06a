using System.Collections;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>
/// Materialises result rows as they leave the engine (detached entities and paths, lists and maps converted; see
/// <see cref="ValueConversion"/>), counting each row's estimated size against the response budget
/// (<see cref="QueryOptions.MaxResponseBytes"/>: a row past it cuts the result, a first row past it is a memory error)
/// and the run's memory budget (the rows are held until the answer is sent). A value nested past
/// <see cref="ValueNesting.MaxDepth"/> is refused here, before any response starts, so no writer ever walks one.
/// </summary>
internal sealed class ResultRows(QueryBudget budget, long? maxBytes)
{
    public const string ResponseSetting = "Graph:Cypher:MaxResponseBytes";

    // Memory is re-checked each time a row grows by this much, so a huge value is stopped while it is converted.
    private const long CheckEvery = 64 * 1024;

    private readonly long _maxBytes = maxBytes ?? long.MaxValue;
    private long _row;
    private long _nextCheck;
    private HeldMemory _held;

    /// <summary>The estimated size of the rows taken so far.</summary>
    public long Bytes { get; private set; }

    public List<object?[]> Rows { get; } = [];

    /// <summary>Converts and keeps one row; false (keeping nothing) when it would pass the response budget.</summary>
    public bool TryAdd(object?[] slots, IReadOnlyList<Semantics.BoundColumn> columns)
    {
        _row = ValueSize.List(columns.Count);
        _nextCheck = CheckEvery;
        var row = new object?[columns.Count];
        try
        {
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert(slots[columns[i].Variable.Slot], 0);
            }
        }
        catch (ResponseFull)
        {
            if (Rows.Count == 0)
            {
                throw new MemoryLimitException(_row, _maxBytes, Bytes, ResponseSetting);
            }

            return false;
        }

        _held.Add(budget, _row);
        Bytes += _row;
        Rows.Add(row);
        return true;
    }

    private object? Convert(object? value, int depth)
    {
        switch (value)
        {
            case null or bool or long or double:
                Charge(ValueSize.Scalar);
                return value;
            case string s:
                Charge(ValueSize.String(s.Length));
                return s;
            case LiveNode n:
                return Entity(ValueConversion.Snapshot(n));
            case LiveRelationship r:
                return Entity(ValueConversion.Snapshot(r));
            case GraphPath p:
                Charge(ValueSize.List(p.Nodes.Count + p.Relationships.Count));
                return new GraphPath([.. p.Nodes.Select(x => (Node)Convert(x, depth + 1)!)], [.. p.Relationships.Select(x => (Relationship)Convert(x, depth + 1)!)]);
            case IReadOnlyDictionary<string, object?> map:
                Enter(depth);
                Charge(ValueSize.Map(map.Count) - (map.Count * ValueSize.Scalar));
                var converted = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map)
                {
                    Charge(ValueSize.String(key.Length));
                    converted[key] = Convert(item, depth + 1);
                }

                return converted;
            case IEnumerable items and not string:
                Enter(depth);
                var count = items is ICollection c ? c.Count : items is IReadOnlyCollection<object?> r2 ? r2.Count : 0;

                // The list's slots now, its elements as they come: range(1, 1000000000) is refused before any is made.
                Charge(ValueSize.List(count) - (count * ValueSize.Scalar));
                Peek(count * ValueSize.Scalar);
                var list = new List<object?>(count);
                foreach (var item in items)
                {
                    list.Add(Convert(item, depth + 1));
                }

                return list;
            default:
                Charge(ValueSize.Scalar);
                return value;
        }
    }

    // Stored properties are flat (scalars and lists of scalars), so an entity is sized without a walk.
    private GraphEntity Entity(GraphEntity entity)
    {
        Charge(ValueSize.Map(entity.Properties.Count));
        foreach (var (key, item) in entity.Properties)
        {
            Charge(ValueSize.String(key.Length) + (item is string s ? 2 * s.Length : item is ICollection c ? c.Count * ValueSize.Scalar : 0));
        }

        return entity;
    }

    private static void Enter(int depth)
    {
        ValueNesting.Ensure(depth + 1);
        ValueNesting.EnsureStack();
    }

    private void Charge(long bytes)
    {
        _row += bytes;
        Peek(0);
    }

    /// <summary>Checks that the row, with <paramref name="more"/> bytes still to come, fits both budgets.</summary>
    private void Peek(long more)
    {
        var row = _row + more;
        if (row > _maxBytes - Bytes)
        {
            throw new ResponseFull();
        }

        if (row >= _nextCheck)
        {
            budget.Reserve(row);
            _nextCheck = row + CheckEvery;
        }
    }

    private sealed class ResponseFull : Exception;
}

using Graph.Engine.Ast;

namespace Graph.Engine.Storage;

/// <summary>
/// The schema as one immutable value: indexes, constraints, and lookup tables the writer
/// consults on every property change. A schema command builds a new state; commit publishes it.
/// </summary>
internal sealed class SchemaState
{
    public static readonly SchemaState Initial = new(
        [
            new IndexDescriptor(1, "index_343aff4e", AstIndexKind.Lookup, AstSchemaEntityKind.Node, [], [], null),
            new IndexDescriptor(2, "index_f7700477", AstIndexKind.Lookup, AstSchemaEntityKind.Relationship, [], [], null),
        ],
        [],
        3);

    private readonly Dictionary<long, PropertyIndex> _byLabelKey = [];
    private readonly Dictionary<int, List<PropertyIndex>> _byLabel = [];

    public SchemaState(IReadOnlyList<IndexDescriptor> indexes, IReadOnlyList<ConstraintDescriptor> constraints, long nextId)
    {
        Indexes = indexes;
        Constraints = constraints;
        NextId = nextId;
        foreach (var index in indexes)
        {
            if (index.Property is { } p)
            {
                _byLabelKey[Pair(p.Label, p.Key)] = p;
                if (!_byLabel.TryGetValue(p.Label, out var list))
                {
                    _byLabel[p.Label] = list = [];
                }

                list.Add(p);
            }

            if (index.FullText is not null)
            {
                HasFullText = true;
            }
        }
    }

    public IReadOnlyList<IndexDescriptor> Indexes { get; }

    public IReadOnlyList<ConstraintDescriptor> Constraints { get; }

    public long NextId { get; }

    public bool HasFullText { get; }

    public bool HasPropertyIndexes => _byLabelKey.Count > 0;

    public PropertyIndex? FindIndex(int label, int key) => _byLabelKey.GetValueOrDefault(Pair(label, key));

    public List<PropertyIndex>? IndexesOn(int label) => _byLabel.GetValueOrDefault(label);

    public SchemaState With(IReadOnlyList<IndexDescriptor> indexes, IReadOnlyList<ConstraintDescriptor> constraints) =>
        new(indexes, constraints, NextId + 1);

    private static long Pair(int label, int key) => ((long)label << 32) | (uint)key;
}

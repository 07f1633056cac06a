using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Storage;

/// <summary>Constraint enforcement: uniqueness and node keys at write time, existence at commit.</summary>
internal sealed partial class StoreTransaction
{
    private void CheckNodeConstraints(NodeRecord node, NodeVersion version)
    {
        var constraints = Schema.Constraints;
        if (constraints.Count == 0)
        {
            return;
        }

        foreach (var c in constraints)
        {
            if (c.EntityKind != AstSchemaEntityKind.Node || c.Kind is not (AstConstraintKind.Unique or AstConstraintKind.NodeKey))
            {
                continue;
            }

            var label = Store.Labels.Find(c.Label);
            if (label < 0 || !version.HasLabel(label))
            {
                continue;
            }

            var values = ValuesOf(version, c.Properties);
            if (values is null)
            {
                continue;
            }

            var other = FindOther(node.Id, label, c.Properties, values);
            if (other >= 0)
            {
                var shown = string.Join(", ", c.Properties.Select((p, i) => $"{p} = {Show(values[i])}"));
                throw new ConstraintViolationException(
                    $"Node({other}) already exists with label `{c.Label}` and property {shown}", "UniquenessViolation");
            }
        }
    }

    private void CheckExistenceConstraints()
    {
        foreach (var c in Schema.Constraints)
        {
            if (c.EntityKind != AstSchemaEntityKind.Node || c.Kind is not (AstConstraintKind.NotNull or AstConstraintKind.NodeKey))
            {
                continue;
            }

            var label = Store.Labels.Find(c.Label);
            foreach (var node in _touchedNodes)
            {
                var v = node.Head;
                if (v is null || v.Deleted || label < 0 || !v.HasLabel(label))
                {
                    continue;
                }

                foreach (var p in c.Properties)
                {
                    var key = Store.Keys.Find(p);
                    if (key < 0 || v.Properties.Get(key) is null)
                    {
                        throw new ConstraintViolationException(
                            $"Node({node.Id}) with label `{c.Label}` must have the property `{p}`", "ExistenceViolation");
                    }
                }
            }
        }
    }

    private object?[]? ValuesOf(NodeVersion version, IReadOnlyList<string> properties)
    {
        var values = new object?[properties.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var key = Store.Keys.Find(properties[i]);
            values[i] = key < 0 ? null : version.Properties.Get(key);
            if (values[i] is null)
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>The id of another live node with the label and the same values, or -1.</summary>
    private long FindOther(long self, int label, IReadOnlyList<string> properties, object?[] values)
    {
        IdList? candidates = null;
        if (properties.Count == 1)
        {
            candidates = Schema.FindIndex(label, Store.Keys.Find(properties[0]))?.Seek(values[0]);
        }

        candidates ??= Store.LabelIndex.Candidates(label);
        if (candidates is null)
        {
            return -1;
        }

        var count = candidates.Count;
        var items = candidates.Items;
        for (var i = 0; i < count; i++)
        {
            var id = items[i];
            if (id == self)
            {
                continue;
            }

            var v = LiveNode(id);
            if (v is null || !v.HasLabel(label))
            {
                continue;
            }

            var other = ValuesOf(v, properties);
            if (other is null)
            {
                continue;
            }

            var same = true;
            for (var j = 0; j < values.Length && same; j++)
            {
                same = StoredValues.Same(values[j], other[j]);
            }

            if (same)
            {
                return id;
            }
        }

        return -1;
    }

    private static string Show(object? value) => value switch
    {
        string s => $"'{s}'",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}

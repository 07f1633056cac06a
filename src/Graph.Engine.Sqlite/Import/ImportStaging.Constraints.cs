using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// The database's node constraints, checked on the staged nodes before anything is applied (the bulk path
/// bypasses the writer's checks): uniqueness and node keys among the staged nodes and against the nodes
/// already there, existence for every staged node with the label. A violation is a problem at the node's line.
/// </summary>
internal sealed partial class ImportStaging
{
    public void CheckConstraints(StoreTransaction reader)
    {
        foreach (var c in reader.Schema.Constraints)
        {
            var label = store.Labels.Find(c.Label);
            if (c.EntityKind != AstSchemaEntityKind.Node || label < 0 || c.Kind == AstConstraintKind.PropertyType)
            {
                continue;
            }

            var keys = c.Properties.Select(p => store.Keys.GetOrAdd(p)).ToArray();
            var unique = c.Kind is AstConstraintKind.Unique or AstConstraintKind.NodeKey;
            var exists = c.Kind is AstConstraintKind.NotNull or AstConstraintKind.NodeKey;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < NodeLabels.Count && !Full; i++)
            {
                if (Array.BinarySearch(NodeLabels[i], label) < 0)
                {
                    continue;
                }

                var (file, line) = NodeSources[i];
                var values = keys.Select(NodeProperties[i].Get).ToArray();
                var missing = Array.FindIndex(values, v => v is null);
                if (missing >= 0)
                {
                    if (exists)
                    {
                        Problem(file, line, $"constraint {c.Name}: a node with label `{c.Label}` must have the property `{c.Properties[missing]}`");
                    }

                    continue;
                }

                if (!unique)
                {
                    continue;
                }

                if (!seen.TryAdd(Key(values), i))
                {
                    var (firstFile, firstLine) = NodeSources[seen[Key(values)]];
                    Problem(file, line, $"constraint {c.Name}: the same {Describe(c.Properties, values)} as {firstFile}:{firstLine}");
                }
                else if (Existing(reader, label, keys, values) is { } id)
                {
                    Problem(file, line, $"constraint {c.Name}: Node({id}) already exists with label `{c.Label}` and {Describe(c.Properties, values)}");
                }
            }
        }
    }

    /// <summary>A live node already in the store with the label and these values, if any.</summary>
    private static long? Existing(StoreTransaction reader, int label, int[] keys, object?[] values)
    {
        var candidates = (keys.Length == 1 ? reader.Schema.FindIndex(label, keys[0])?.Seek(values[0]) : null) ?? reader.LabelCandidates(label);
        if (candidates is null)
        {
            return null;
        }

        var count = candidates.Count;
        var items = candidates.Items;
        for (var i = 0; i < count; i++)
        {
            var v = reader.LiveNode(items[i]);
            if (v is not null && v.HasLabel(label) && keys.Select((k, j) => StoredValues.Same(v.Properties.Get(k), values[j])).All(same => same))
            {
                return items[i];
            }
        }

        return null;
    }

    /// <summary>A text equal for values Cypher calls equal (1 and 1.0 alike, strings ordinally).</summary>
    private static string Key(object?[] values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            Append(text, value);
            text.Append('\u0001');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case long or int or double:
                text.Append("n:").Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case string s:
                text.Append("s:").Append(s);
                break;
            case IList list:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append('\u0002');
                }

                text.Append(']');
                break;
            default:
                text.Append(value?.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Describe(IReadOnlyList<string> properties, object?[] values) =>
        string.Join(", ", properties.Select((p, i) => $"{p} = {(values[i] is string s ? $"'{s}'" : Convert.ToString(values[i], CultureInfo.InvariantCulture))}"));
}

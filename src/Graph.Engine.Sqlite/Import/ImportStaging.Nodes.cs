using System.Globalization;
using System.Runtime.InteropServices;
using Graph.Engine.Storage;
using Graph.Seeding.Import;

namespace Graph.Engine.Sqlite.Import;

/// <summary>Node files: <c>id:ID</c> (stored as property <c>id</c> when named), <c>:LABEL</c> (<c>Place;Town</c>), typed properties.</summary>
internal sealed partial class ImportStaging
{
    private void ReadNodes(CsvRecordStream csv, string file, ImportHeader header)
    {
        var width = header.Columns.Count;
        var idColumn = header.Column(ImportColumnKind.Id);
        var labelColumn = header.Column(ImportColumnKind.Label);
        var properties = header.Columns.Where(c => c.Kind == ImportColumnKind.Property || (c.Kind == ImportColumnKind.Id && c.Name.Length > 0)).ToArray();
        var allKeys = properties.Select(c => store.Keys.GetOrAdd(c.Name)).ToArray();
        var idLookup = _stringIds.GetAlternateLookup<ReadOnlySpan<char>>();
        long records = 0;
        while (csv.Read(out var error))
        {
            Report(csv, file, ++records);
            if (!Shaped(csv, file, error, width))
            {
                continue;
            }

            var idText = csv[idColumn.Index];
            object id;
            if (idText.IsEmpty)
            {
                Problem(file, csv.Line, "empty node id");
                continue;
            }

            if (options.IdType == ImportIdType.Integer)
            {
                if (!long.TryParse(idText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    Problem(file, csv.Line, $"node id '{idText}' is not an integer (--id-type integer)");
                    continue;
                }

                if (!_longIds.TryAdd(number, NodeLabels.Count))
                {
                    Problem(file, csv.Line, $"node id '{idText}' appears twice");
                    continue;
                }

                id = Box(number);
            }
            else
            {
                if (idLookup.ContainsKey(idText))
                {
                    Problem(file, csv.Line, $"node id '{idText}' appears twice");
                    continue;
                }

                var text = new string(idText);
                _stringIds.Add(text, NodeLabels.Count);
                id = text;
            }

            var values = new object?[properties.Length];
            var present = 0;
            var ok = true;
            for (var i = 0; i < properties.Length; i++)
            {
                var column = properties[i];
                if (column.Kind == ImportColumnKind.Id)
                {
                    values[i] = id;
                }
                else if (!csv[column.Index].IsEmpty)
                {
                    if (!TryValue(csv[column.Index], column, out values[i], out var message))
                    {
                        Problem(file, csv.Line, $"column {column.Name}: {message}");
                        ok = false;
                    }
                }

                if (values[i] is not null)
                {
                    present++;
                }
            }

            if (!ok)
            {
                RemoveId(id);
                continue;
            }

            var labels = LabelSet(csv[labelColumn.Index]);
            foreach (var label in labels)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_labelCounts, label, out _)++;
            }

            NodeLabels.Add(labels);
            NodeProperties.Add(Map(allKeys, values, present));
            NodeSources.Add((file, csv.Line));
        }
    }

    private void RemoveId(object id)
    {
        if (id is string s)
        {
            _stringIds.Remove(s);
        }
        else
        {
            _longIds.Remove((long)id);
        }
    }

    /// <summary>The sorted label tokens of a <c>:LABEL</c> field, one shared array per distinct field text.</summary>
    private int[] LabelSet(ReadOnlySpan<char> field)
    {
        var lookup = _labelSets.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(field, out var labels))
        {
            return labels;
        }

        var text = new string(field);
        labels = [.. text.Split(ImportColumn.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(store.Labels.GetOrAdd).Distinct().Order()];
        _labelSets[text] = labels;
        return labels;
    }

    /// <summary>
    /// A property map without the absent (empty) values. When every column has a value, the key array is the
    /// file's shared one: committed maps are never changed in place, so sharing it is safe and saves an array per node.
    /// </summary>
    private static PropertyMap Map(int[] allKeys, object?[] values, int present)
    {
        if (present == values.Length)
        {
            return new PropertyMap(allKeys, values);
        }

        var keys = new int[present];
        var kept = new object?[present];
        var j = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not null)
            {
                keys[j] = allKeys[i];
                kept[j++] = values[i];
            }
        }

        return new PropertyMap(keys, kept);
    }
}

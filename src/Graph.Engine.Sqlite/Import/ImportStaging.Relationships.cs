using System.Globalization;
using System.Runtime.InteropServices;
using Graph.Engine.Storage;
using Graph.Seeding.Import;

namespace Graph.Engine.Sqlite.Import;

/// <summary>Relationship files: <c>:START_ID</c>, <c>:END_ID</c> (ids from the node files), <c>:TYPE</c>, typed properties.</summary>
internal sealed partial class ImportStaging
{
    private void ReadRelationships(CsvRecordStream csv, string file, ImportHeader header)
    {
        var width = header.Columns.Count;
        var startColumn = header.Column(ImportColumnKind.StartId).Index;
        var endColumn = header.Column(ImportColumnKind.EndId).Index;
        var typeColumn = header.Column(ImportColumnKind.Type).Index;
        var properties = header.Columns.Where(c => c.Kind == ImportColumnKind.Property).ToArray();
        var allKeys = properties.Select(c => store.Keys.GetOrAdd(c.Name)).ToArray();
        string? lastType = null;
        var lastToken = -1;
        long records = 0;
        while (csv.Read(out var error))
        {
            Report(csv, file, ++records);
            if (!Shaped(csv, file, error, width))
            {
                continue;
            }

            var start = Node(csv, file, startColumn, "start");
            var end = Node(csv, file, endColumn, "end");
            var typeText = csv[typeColumn];
            if (typeText.IsEmpty)
            {
                Problem(file, csv.Line, "empty relationship type");
                continue;
            }

            if (!typeText.SequenceEqual(lastType))
            {
                lastType = new string(typeText);
                lastToken = store.Types.GetOrAdd(lastType);
            }

            PropertyMap? map = null;
            if (properties.Length > 0)
            {
                var values = new object?[properties.Length];
                var present = 0;
                var ok = true;
                for (var i = 0; i < properties.Length; i++)
                {
                    var column = properties[i];
                    if (csv[column.Index].IsEmpty)
                    {
                        continue;
                    }

                    if (TryValue(csv[column.Index], column, out values[i], out var message))
                    {
                        present++;
                    }
                    else
                    {
                        Problem(file, csv.Line, $"column {column.Name}: {message}");
                        ok = false;
                    }
                }

                if (!ok)
                {
                    continue;
                }

                map = present == 0 ? null : Map(allKeys, values, present);
            }

            if (start < 0 || end < 0)
            {
                continue;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(_typeCounts, lastToken, out _)++;
            Relationships.Add(new StagedRelationship(lastToken, start, end, map));
        }
    }

    /// <summary>The staged index of the node a <c>:START_ID</c> / <c>:END_ID</c> field names, or -1 (and a problem).</summary>
    private int Node(CsvRecordStream csv, string file, int column, string which)
    {
        var text = csv[column];
        var index = -1;
        var found = options.IdType == ImportIdType.Integer
            ? long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && IntegerId(number, out index)
            : _stringIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out index);
        if (found)
        {
            return index;
        }

        Problem(file, csv.Line, $"{which} node id '{text}' is not in any node file");
        return -1;
    }

    private bool IntegerId(long id, out int index)
    {
        if (_denseIds is { } dense)
        {
            var at = unchecked((ulong)(id - _denseFirst));
            index = at < (ulong)dense.Length ? dense[at] : -1;
            return index >= 0;
        }

        return _longIds.TryGetValue(id, out index);
    }
}

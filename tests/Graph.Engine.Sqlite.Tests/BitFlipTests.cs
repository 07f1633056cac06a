using Graph.Core.Errors;
using Graph.Core.Store;
using Xunit.Abstractions;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// One flipped bit anywhere in a closed database file, many times over: opening the damaged copy either refuses it
/// with a typed storage error or gives back exactly the graph that was written (a flip in free space or in a part
/// SQLite rebuilds changes nothing). A graph that differs — 中芯国际 read back as 丬芯国际 — is the failure. 300 flips
/// by default; <c>GRAPH_CRASH_LONG=1</c> runs 5,000.
/// </summary>
public sealed class BitFlipTests(ITestOutputHelper output) : IDisposable
{
    private const string Snapshot =
        "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
        + "RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops, m.name AS to "
        + "ORDER BY n.name, type, to";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_flipped_bit_anywhere_is_refused_or_changes_nothing()
    {
        var flips = Environment.GetEnvironmentVariable("GRAPH_CRASH_LONG") == "1" ? 5000 : 300;
        var original = _temp.File("original.db");
        string expected;
        await using (var store = DurableGraphStore.Open(original))
        {
            store.Run(
                "UNWIND range(1, 40) AS i "
                + "CREATE (e:Enterprise {id: 'ent-' + i, name: '中芯国际' + i, founded: 2000 + i, share: i / 7.0, tags: ['集成电路', toString(i)]})"
                + "-[:LOCATED_IN {since: date('2021-01-01') + duration({days: i}), quote: '西青区人民政府工作报告'}]->"
                + "(:Place {id: 'place-' + i, name: '杨柳青镇' + i, at: point({longitude: 117.0 + i / 100.0, latitude: 39.1})})");
            expected = Dump(store);
        }

        var bytes = await File.ReadAllBytesAsync(original);
        var random = new Random(20261208);
        int refused = 0, unchanged = 0;
        var failures = new List<string>();
        for (var round = 0; round < flips && failures.Count < 5; round++)
        {
            var offset = random.Next(bytes.Length);
            var bit = 1 << random.Next(8);
            var damaged = _temp.File($"flip-{round}.db");
            var copy = (byte[])bytes.Clone();
            copy[offset] ^= (byte)bit;
            await File.WriteAllBytesAsync(damaged, copy);
            try
            {
                await using var store = DurableGraphStore.Open(damaged);
                var actual = Dump(store);
                if (actual == expected)
                {
                    unchanged++;
                }
                else
                {
                    failures.Add($"byte {offset} bit {bit}: opened with a different graph:\n{FirstDifference(expected, actual)}");
                }
            }
            catch (GraphException e) when (e is CorruptStoreException or StorageException)
            {
                refused++;
            }
            catch (Exception e) when (e is not GraphException)
            {
                failures.Add($"byte {offset} bit {bit}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                File.Delete(damaged);
                File.Delete(damaged + "-wal");
                File.Delete(damaged + "-shm");
            }
        }

        output.WriteLine($"{bytes.Length} B file: {refused} flips refused, {unchanged} changed nothing, {failures.Count} served a different graph or failed untyped");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Dump(EmbeddedGraphStore store) =>
        string.Join("\n", store.Run(new CypherQuery(Snapshot), AccessMode.Read).Rows.Select(row => string.Join(" | ", row.Select(Text))));

    private static string Text(object? value) => value switch
    {
        null => "null",
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Text(p.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "(none)";
            var y = i < a.Length ? a[i] : "(none)";
            if (x != y)
            {
                return $"line {i}: expected {x}\n        actual   {y}";
            }
        }

        return "(no line differs)";
    }
}

using System.Runtime.CompilerServices;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// Pins the on-disk format: a fixed script's file must dump exactly as <c>Golden/format-v2.txt</c>, and the
/// checked-in <c>Golden/format-v1.graphdb</c> and <c>format-v2.graphdb</c> (made by the first builds of each format)
/// must open with their content.
/// A failing golden test means the format changed: bump <see cref="StoreFormat.Version"/> and add a migration,
/// then regenerate with <c>GRAPH_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class StoreFormatTests : IDisposable
{
    private const string Script = """
        CREATE CONSTRAINT enterprise_id FOR (e:Enterprise) REQUIRE e.id IS UNIQUE;
        CREATE FULLTEXT INDEX names FOR (n:Enterprise|Place) ON EACH [n.name, n.aliases];
        CREATE (e:Enterprise {id: 'ent-smic', name: '中芯国际', aliases: ['SMIC', '中芯'], founded: 2000, share: -1.5, listed: true})
            -[:LOCATED_IN {since: 2001}]->(p:Place:Town {name: '杨柳青镇', code: 120111})
            -[:PART_OF]->(:Place {name: '西青区'});
        CREATE (:Gone);
        MATCH (g:Gone) DELETE g;
        MATCH (p:Town) SET p.level = 'town'
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_fixed_script_writes_exactly_the_golden_file()
    {
        var path = _temp.File("golden.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            foreach (var statement in Script.Split(';'))
            {
                store.Run(statement);
            }
        }

        var actual = StoreDump.Dump(path);
        var goldenPath = Golden("format-v2.txt");
        if (Environment.GetEnvironmentVariable("GRAPH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(goldenPath, actual);
            File.Copy(path, Golden("format-v2.graphdb"), overwrite: true);
        }

        Assert.Equal(await File.ReadAllTextAsync(goldenPath), actual);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_checked_in_file_of_each_version_opens_with_its_content(int version)
    {
        var path = _temp.File($"v{version}.db");
        File.Copy(Golden($"format-v{version}.graphdb"), path);
        await using var store = DurableGraphStore.Open(path);
        Assert.Equal(
            ["中芯国际 | [SMIC, 中芯] | 杨柳青镇 | town | 西青区"],
            store.Lines("MATCH (e:Enterprise)-[:LOCATED_IN]->(t:Town)-[:PART_OF]->(d) RETURN e.name, e.aliases, t.name, t.level, d.name"));
        Assert.Equal(["中芯国际"], store.Lines("CALL db.index.fulltext.queryNodes('names', 'SMIC') YIELD node RETURN node.name"));
        Assert.Throws<ConstraintViolationException>(() => store.Run("CREATE (:Enterprise {id: 'ent-smic'})"));
    }

    [Fact]
    public void The_format_version_is_2()
    {
        // Changing this number is a format change: see the class comment.
        Assert.Equal(2, StoreFormat.Version);
        Assert.Equal(0x47525048, StoreFormat.ApplicationId);
    }

    [Fact]
    public async Task A_file_of_a_newer_format_is_refused_and_left_untouched()
    {
        var path = _temp.File("newer.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:A)");
        }

        SetUserVersion(path, StoreFormat.Version + 1);
        var before = await File.ReadAllBytesAsync(path);
        var e = Assert.Throws<StorageException>(() => DurableGraphStore.Open(path));
        Assert.Equal("StoreFormatTooNew", e.Detail);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_file_with_our_mark_but_no_format_version_is_damaged()
    {
        var path = _temp.File("zero.db");
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:A)");
        }

        SetUserVersion(path, 0);
        var before = await File.ReadAllBytesAsync(path);
        Assert.Throws<CorruptStoreException>(() => DurableGraphStore.Open(path));
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_version_1_file_is_migrated_with_a_checksum_on_every_row_and_checks_clean()
    {
        var path = _temp.File("migrated.db");
        File.Copy(Golden("format-v1.graphdb"), path);
        Assert.Contains(StoreCheck.Run(path), p => p.Contains("no checksums yet", StringComparison.Ordinal));
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("MATCH (p:Town) SET p.checked = true");
        }

        Assert.Empty(StoreCheck.Run(path));
        var dump = StoreDump.Dump(path);
        Assert.Contains("PRAGMA user_version = 2", dump, StringComparison.Ordinal);
        Assert.Contains("checksum INTEGER NOT NULL DEFAULT 0", dump, StringComparison.Ordinal);
    }

    private static void SetUserVersion(string path, int version)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=DELETE; PRAGMA user_version = {version}";
        command.ExecuteNonQuery();
    }

    private static string Golden(string name, [CallerFilePath] string source = "") =>
        Path.Join(Path.GetDirectoryName(source), "Golden", name);
}

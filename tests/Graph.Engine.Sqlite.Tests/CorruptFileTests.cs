using Graph.Core.Errors;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>A file that is not ours, or is damaged, is refused with a clear error and never written to.</summary>
public sealed class CorruptFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        var path = _temp.File("notes.db");
        var bytes = "这不是数据库 — just some notes, not a database at all.\n"u8.ToArray();
        await File.WriteAllBytesAsync(path, [.. Enumerable.Repeat(bytes, 200).SelectMany(b => b)]);
        await AssertRefusedUntouched<CorruptStoreException>(path, "not a Graph database");
    }

    [Fact]
    public async Task Another_applications_sqlite_database_is_refused_and_left_untouched()
    {
        var path = _temp.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE nodes(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO nodes VALUES (1, 'theirs');";
            command.ExecuteNonQuery();
        }

        await AssertRefusedUntouched<CorruptStoreException>(path, "another application");
    }

    [Fact]
    public async Task A_truncated_database_is_refused_and_left_untouched()
    {
        var path = await StoreWithData("truncated.db", 300);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
        await AssertRefusedUntouched<CorruptStoreException>(path, "damaged");
    }

    [Fact]
    public async Task A_database_with_scribbled_pages_is_refused_and_left_untouched()
    {
        var path = await StoreWithData("scribbled.db", 300);
        var bytes = await File.ReadAllBytesAsync(path);
        // Overwrite everything after the first page (the header stays ours) with a pattern.
        for (var i = 4096; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        await File.WriteAllBytesAsync(path, bytes);
        await AssertRefusedUntouched<CorruptStoreException>(path, "damaged");
    }

    [Fact]
    public async Task A_property_blob_that_does_not_decode_is_reported_as_damage()
    {
        var path = await StoreWithData("blob.db", 3);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE nodes SET properties = x'05FF' WHERE id = 1";
            command.ExecuteNonQuery();
        }

        await AssertRefusedUntouched<CorruptStoreException>(path, "damaged");
    }

    [Fact]
    public async Task A_relationship_to_a_missing_node_is_reported_as_damage()
    {
        var path = await StoreWithData("dangling.db", 3);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM nodes WHERE id = 0";
            command.ExecuteNonQuery();
        }

        await AssertRefusedUntouched<CorruptStoreException>(path, "does not exist");
    }

    [Fact]
    public async Task An_empty_file_becomes_a_new_database()
    {
        var path = _temp.File("empty.db");
        await File.WriteAllBytesAsync(path, []);
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:Fresh)");
        }

        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(1, reopened.Count("MATCH (n:Fresh) RETURN count(n)"));
    }

    private async Task<string> StoreWithData(string name, int nodes)
    {
        var path = _temp.File(name);
        await using var store = DurableGraphStore.Open(path);
        store.Run(
            "UNWIND range(0, $n - 1) AS i CREATE (a:Item {i: i, text: '一段用来填满页面的中文文本 padding text'})-[:NEXT]->(:Item {i: -i})",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = (long)nodes });
        return path;
    }

    private static async Task AssertRefusedUntouched<T>(string path, string message)
        where T : GraphException
    {
        var before = await File.ReadAllBytesAsync(path);
        var e = Assert.ThrowsAny<GraphException>(() => DurableGraphStore.Open(path));
        Assert.IsType<T>(e);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "a WAL was left beside the refused file");
    }
}

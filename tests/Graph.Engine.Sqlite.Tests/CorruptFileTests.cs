using Graph.Core.Errors;
using Microsoft.Data.Sqlite;
using Codes = Graph.Core.Errors.StatusCodes;

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
    public async Task A_database_emptied_to_zero_length_is_refused_and_left_untouched()
    {
        var path = await StoreWithData("emptied.db", 3);
        await File.WriteAllBytesAsync(path, []);
        await AssertRefusedUntouched<CorruptStoreException>(path, "empty (zero length)");
    }

    [Fact]
    public async Task A_blank_sqlite_file_in_place_of_the_database_is_refused_and_left_untouched()
    {
        var path = _temp.File("blank.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0; VACUUM;";
            command.ExecuteNonQuery();
        }

        Assert.True(new FileInfo(path).Length > 0);
        await AssertRefusedUntouched<CorruptStoreException>(path, "blank SQLite file");
    }

    [Theory]
    [InlineData("-wal")]
    [InlineData("-shm")]
    [InlineData("-journal")]
    public async Task A_sidecar_left_without_its_database_is_refused_and_no_new_database_appears(string sidecar)
    {
        var path = _temp.File("lost.db");
        await File.WriteAllBytesAsync(path + sidecar, [1, 2, 3]);
        var e = Assert.Throws<CorruptStoreException>(() => DurableGraphStore.Open(path));
        Assert.Equal("DatabaseMissing", e.Detail);
        Assert.Contains(sidecar, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Nothing_at_the_path_becomes_a_new_database_and_no_temporary_file_is_left()
    {
        var path = _temp.File(Path.Join("sub", "new.db"));
        await using (var store = DurableGraphStore.Open(path))
        {
            store.Run("CREATE (:Fresh)");
        }

        Assert.False(File.Exists(path + ".creating"));
        await using var reopened = DurableGraphStore.Open(path);
        Assert.Equal(1, reopened.Count("MATCH (n:Fresh) RETURN count(n)"));
    }

    [Fact]
    public async Task A_creation_that_crashed_before_its_rename_is_redone()
    {
        var path = _temp.File("crashed.db");
        await File.WriteAllBytesAsync(path + ".creating", [0, 0, 0]);
        await using var store = DurableGraphStore.Open(path);
        Assert.Equal(0, store.Count("MATCH (n) RETURN count(n)"));
        Assert.False(File.Exists(path + ".creating"));
    }

    [Fact]
    public async Task One_flipped_bit_in_a_property_is_refused_naming_the_table_and_row()
    {
        var path = await StoreWithData("flipped.db", 3);
        var bytes = await File.ReadAllBytesAsync(path);
        // 中 is E4 B8 AD in UTF-8; flipping one bit of its last byte gives 丬 (E4 B8 AC): SQLite cannot tell.
        var at = IndexOf(bytes, "一段用来填满页面的中文文本"u8.ToArray()) + 29;
        Assert.Equal(0xAD, bytes[at]);
        bytes[at] ^= 1;
        await File.WriteAllBytesAsync(path, bytes);
        var e = await AssertRefusedUntouched<CorruptStoreException>(path, "fails its checksum");
        Assert.Contains("nodes row ", e.Message, StringComparison.Ordinal);
        Assert.Equal(Codes.CorruptStore, e.Code);
        Assert.Contains(StoreCheck.Run(path), p => p.StartsWith("nodes row ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_changed_behind_the_stores_back_is_refused()
    {
        var path = await StoreWithData("edited.db", 3);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE tokens SET name = 'Itam' WHERE name = 'Item'; UPDATE meta SET value = '99' WHERE key = 'commits'; UPDATE schema_indexes SET kind = 'range' WHERE id = 1;";
            command.ExecuteNonQuery();
        }

        await AssertRefusedUntouched<CorruptStoreException>(path, "fails its checksum");
        var problems = StoreCheck.Run(path);
        Assert.Contains(problems, p => p.StartsWith("tokens row ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("meta row commits", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("schema_indexes row 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whole_database_checks_clean()
    {
        var path = await StoreWithData("whole.db", 30);
        Assert.Empty(StoreCheck.Run(path));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        var at = haystack.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, "the text is not in the file");
        return at;
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

    private static async Task<T> AssertRefusedUntouched<T>(string path, string message)
        where T : GraphException
    {
        var before = await File.ReadAllBytesAsync(path);
        var e = Assert.ThrowsAny<GraphException>(() => DurableGraphStore.Open(path));
        Assert.IsType<T>(e);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "a WAL was left beside the refused file");
        return (T)e;
    }
}

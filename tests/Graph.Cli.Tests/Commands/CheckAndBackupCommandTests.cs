using Graph.Core.Store;
using Graph.Engine.Sqlite;

namespace Graph.Cli.Tests.Commands;

public sealed class CheckAndBackupCommandTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "graph-cli-backup-" + Guid.NewGuid().ToString("N"));

    public CheckAndBackupCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Join(_folder, "graph.db");

    private string Copy => Path.Join(_folder, "copy.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_whole_database_checks_ok_while_it_is_open()
    {
        await using var store = DurableGraphStore.Open(Db);
        store.Run(new CypherQuery("CREATE (:Enterprise {name: '中芯国际'})"));

        var (exit, stdout, _) = InProcess.Run("check", Db);

        Assert.Equal(0, exit);
        Assert.Equal($"{Db}: ok\n", stdout);
    }

    [Fact]
    public async Task A_flipped_bit_is_reported_as_file_and_what_is_wrong()
    {
        await using (var store = DurableGraphStore.Open(Db))
        {
            store.Run(new CypherQuery("CREATE (:Enterprise {name: '中芯国际'})"));
        }

        var bytes = await File.ReadAllBytesAsync(Db);
        var at = bytes.AsSpan().IndexOf("中芯国际"u8) + 2;
        bytes[at] ^= 1;
        await File.WriteAllBytesAsync(Db, bytes);

        var (exit, stdout, _) = InProcess.Run("check", Db);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{Db}: nodes row 0 fails its checksum", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emptied_database_is_reported()
    {
        File.WriteAllBytes(Db, []);

        var (exit, stdout, _) = InProcess.Run("check", Db);

        Assert.Equal(1, exit);
        Assert.Contains("empty (zero length)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_while_a_writer_commits_is_consistent_and_checks_ok()
    {
        await using var store = DurableGraphStore.Open(Db);
        store.Run(new CypherQuery("UNWIND range(1, 2000) AS i CREATE (:Item {i: i, pad: '填充 padding padding padding'})"));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var commits = 0;
            while (!stop.IsCancellationRequested || commits < 20)
            {
                // Pairs: a consistent copy holds whole transactions, so an even number of Pair nodes.
                store.Run(new CypherQuery("CREATE (:Pair), (:Pair)"));
                commits++;
            }
        });

        var (exit, stdout, stderr) = InProcess.Run("backup", "--db", Db, "--to", Copy);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, exit);
        Assert.Contains("a consistent copy", stdout, StringComparison.Ordinal);
        Assert.Contains("100%", stderr, StringComparison.Ordinal);
        Assert.Equal(0, InProcess.Run("check", Copy).Exit);
        await using var copy = DurableGraphStore.Open(Copy);
        Assert.Equal(2000L, Count(copy, "MATCH (n:Item) RETURN count(n)"));
        Assert.Equal(0L, Count(copy, "MATCH (n:Pair) RETURN count(n)") % 2);
    }

    [Fact]
    public async Task A_backup_does_not_overwrite_a_target_unless_forced()
    {
        await using (var store = DurableGraphStore.Open(Db))
        {
            store.Run(new CypherQuery("CREATE (:A)"));
        }

        await File.WriteAllTextAsync(Copy, "precious");

        var (exit, _, stderr) = InProcess.Run("backup", "--db", Db, "--to", Copy);

        Assert.Equal(1, exit);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal("precious", await File.ReadAllTextAsync(Copy));
        Assert.Equal(0, InProcess.Run("backup", "--db", Db, "--to", Copy, "--force").Exit);
        Assert.Equal(0, InProcess.Run("check", Copy).Exit);
    }

    [Fact]
    public async Task Check_and_backup_of_a_closed_database_leave_no_sidecars_behind()
    {
        await using (var store = DurableGraphStore.Open(Db))
        {
            store.Run(new CypherQuery("CREATE (:A)"));
        }

        Assert.Equal(0, InProcess.Run("check", Db).Exit);
        Assert.Equal(0, InProcess.Run("backup", "--db", Db, "--to", Copy).Exit);
        Assert.Equal(0, InProcess.Run("check", Copy).Exit);

        Assert.Equal(["copy.db", "copy.db.lock", "graph.db", "graph.db.lock"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failed_backup_leaves_no_target()
    {
        await File.WriteAllTextAsync(Db, "not a database at all, just text that is long enough to be read as a header....");

        var (exit, _, _) = InProcess.Run("backup", "--db", Db, "--to", Copy);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(Copy));
        Assert.False(File.Exists(Copy + ".partial"));
    }

    private static long Count(Engine.EmbeddedGraphStore store, string cypher) =>
        (long)store.Run(new CypherQuery(cypher), AccessMode.Read).Rows[0][0]!;
}

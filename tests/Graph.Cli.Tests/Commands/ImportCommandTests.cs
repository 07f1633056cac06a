using Graph.Core.Store;
using Graph.Engine.Sqlite;
using Graph.Seeding.Tests.Support;

namespace Graph.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TestSeed _seed = new();
    private readonly string _folder = Path.Join(Path.GetTempPath(), "graph-cli-import-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Join(_folder, "graph.db");

    public void Dispose()
    {
        _seed.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Importing_twice_into_the_same_database_is_refused_and_duplicates_nothing()
    {
        Assert.Equal(0, InProcess.Run("import", "--db", Db, _seed.Folder).Exit);

        var (exit, _, stderr) = InProcess.Run("import", "--db", Db, _seed.Folder);

        Assert.Equal(1, exit);
        Assert.Contains("already holds 26 nodes", stderr, StringComparison.Ordinal);
        Assert.Contains("--append", stderr, StringComparison.Ordinal);
        Assert.Equal(26, await NodeCount());
    }

    [Fact]
    public async Task Append_adds_to_a_database_that_holds_nodes()
    {
        Assert.Equal(0, InProcess.Run("import", "--db", Db, _seed.Folder).Exit);

        var (exit, stdout, _) = InProcess.Run("import", "--db", Db, "--append", _seed.Folder);

        Assert.Equal(0, exit);
        Assert.Contains("imported 26 nodes", stdout, StringComparison.Ordinal);
        Assert.Equal(52, await NodeCount());
    }

    [Fact]
    public void A_failed_import_into_a_new_file_leaves_nothing_behind()
    {
        _seed.Append("nodes/enterprise.csv", "broken,row,with,\"an unterminated quote");

        var (exit, stdout, _) = InProcess.Run("import", "--db", Db, _seed.Folder);

        Assert.Equal(1, exit);
        Assert.Contains("nothing was imported", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_failed_import_into_an_existing_database_leaves_it_as_it_was()
    {
        Assert.Equal(0, InProcess.Run("import", "--db", Db, _seed.Folder).Exit);
        _seed.Append("nodes/enterprise.csv", "broken,row,with,\"an unterminated quote");

        Assert.Equal(1, InProcess.Run("import", "--db", Db, "--append", _seed.Folder).Exit);

        Assert.True(File.Exists(Db));
        Assert.Equal(26, await NodeCount());
    }

    [Fact]
    public void An_import_into_a_lost_database_is_refused_and_its_log_kept()
    {
        File.WriteAllBytes(Db + "-wal", [1, 2, 3]);

        var (exit, _, stderr) = InProcess.Run("import", "--db", Db, _seed.Folder);

        Assert.Equal(1, exit);
        Assert.Contains("is missing", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Db + "-wal"));
        Assert.False(File.Exists(Db));
    }

    private async Task<long> NodeCount()
    {
        await using var store = DurableGraphStore.Open(Db);
        return (long)store.Run(new CypherQuery("MATCH (n) RETURN count(n)"), AccessMode.Read).Rows[0][0]!;
    }
}

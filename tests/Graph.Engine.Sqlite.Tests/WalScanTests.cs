using System.Buffers.Binary;
using Graph.Core.Errors;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// Real WAL files (a store's log copied while it is open, before any checkpoint): a damaged frame with intact
/// commits after it is refused, since SQLite's recovery would silently drop those commits; a torn tail opens.
/// </summary>
public sealed class WalScanTests : IDisposable
{
    private const int Commits = 6;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_copied_log_with_every_commit_opens_with_all_of_them()
    {
        var path = await LogWithCommits("whole");
        Assert.Null(WalScan.Damage(path + "-wal"));
        await using var store = DurableGraphStore.Open(path);
        Assert.Equal(Commits, store.Count("MATCH (n:Commit) RETURN count(n)"));
    }

    [Fact]
    public async Task A_damaged_frame_with_commits_after_it_is_refused_and_left_untouched()
    {
        var path = await LogWithCommits("damaged");
        var wal = await File.ReadAllBytesAsync(path + "-wal");
        var frames = Frames(wal);
        // A byte in the page of a frame in the middle, well before the last commit frame.
        wal[frames[frames.Count / 2] + WalScan.FrameHeaderSize + 100] ^= 0x10;
        await File.WriteAllBytesAsync(path + "-wal", wal);
        var before = await File.ReadAllBytesAsync(path);

        var e = Assert.Throws<CorruptStoreException>(() => DurableGraphStore.Open(path));

        Assert.Equal("DamagedLog", e.Detail);
        Assert.Contains("would drop the committed transactions", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(wal, await File.ReadAllBytesAsync(path + "-wal"));
        Assert.Contains(StoreCheck.Run(path), p => p.Contains("fails its checksum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_log_header_with_frames_after_it_is_refused()
    {
        var path = await LogWithCommits("header");
        var wal = await File.ReadAllBytesAsync(path + "-wal");
        wal[12] ^= 0x01; // the checkpoint sequence: covered by the header checksum
        await File.WriteAllBytesAsync(path + "-wal", wal);

        var e = Assert.Throws<CorruptStoreException>(() => DurableGraphStore.Open(path));

        Assert.Contains("WAL header is damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_torn_tail_opens_with_the_commits_before_it()
    {
        var path = await LogWithCommits("torn");
        var wal = await File.ReadAllBytesAsync(path + "-wal");
        var frames = Frames(wal);
        // Cut the last frame (the last commit's commit frame) in half: a crash in the middle of writing it.
        await File.WriteAllBytesAsync(path + "-wal", wal[..(frames[^1] + 50)]);
        Assert.Null(WalScan.Damage(path + "-wal"));

        await using var store = DurableGraphStore.Open(path);
        Assert.Equal(Commits - 1, store.Count("MATCH (n:Commit) RETURN count(n)"));
    }

    [Fact]
    public async Task A_damaged_last_frame_with_nothing_after_it_is_a_torn_tail()
    {
        var path = await LogWithCommits("tail");
        var wal = await File.ReadAllBytesAsync(path + "-wal");
        wal[Frames(wal)[^1] + WalScan.FrameHeaderSize + 7] ^= 0x01;
        await File.WriteAllBytesAsync(path + "-wal", wal);

        await using var store = DurableGraphStore.Open(path);
        Assert.Equal(Commits - 1, store.Count("MATCH (n:Commit) RETURN count(n)"));
    }

    /// <summary>A store with <see cref="Commits"/> committed transactions, copied with its log while still open.</summary>
    private async Task<string> LogWithCommits(string name)
    {
        var live = _temp.File(name + "-live.db");
        var copy = _temp.File(name + ".db");
        await using var store = DurableGraphStore.Open(live);
        for (var i = 0; i < Commits; i++)
        {
            store.Run($"CREATE (:Commit {{n: {i}, text: '第{i}次提交 commit'}})");
        }

        File.Copy(live, copy);
        File.Copy(live + "-wal", copy + "-wal");
        return copy;
    }

    /// <summary>The offset of every whole frame in <paramref name="wal"/>.</summary>
    private static List<int> Frames(byte[] wal)
    {
        var frameSize = WalScan.FrameHeaderSize + (int)BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(8));
        var frames = new List<int>();
        for (var at = WalScan.HeaderSize; at + frameSize <= wal.Length; at += frameSize)
        {
            frames.Add(at);
        }

        Assert.True(frames.Count >= Commits, $"expected a frame per commit at least, found {frames.Count}");
        return frames;
    }
}

using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Sqlite.Format;
using Graph.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Engine.Sqlite;

/// <summary>
/// The durability provider the engine finds for <see cref="EmbeddedStoreOptions.DatabasePath"/>: loads the file
/// into the empty in-memory store, then writes every commit to the file (one SQLite transaction, fsynced) from
/// <see cref="GraphStore.CommitHook"/>, which runs before the commit is published or acknowledged. When the write
/// fails, the hook throws and the engine takes the transaction back: nothing is acknowledged that is not on disk.
/// </summary>
internal sealed class SqliteDurability : IStoreDurability
{
    private StoreFile? _file;
    private CommitWriter? _writer;
    private GraphStore? _store;
    private long _commits;
    private volatile string? _writeFailure;

    public string? WriteFailure => _writeFailure;

    /// <summary>Runs inside every commit's SQLite transaction before it commits: tests make it throw to play a failing disk.</summary>
    internal Action? BeforeCommit { get; set; }

    public void Open(GraphStore store, string path)
    {
        _store = store;
        _file = StoreFile.Open(path);
        try
        {
            StoreReader.Load(_file, store);
        }
        catch (SqliteException e)
        {
            throw StoreFile.Translate(e, _file.Path);
        }

        _commits = _file.MetaNumber(StoreFormat.CommitsKey);
        _writer = new CommitWriter(_file.Connection);
        _writer.TokensPersisted(store.Labels.Count, store.Types.Count, store.Keys.Count);
        store.CommitHook = Write;
    }

    /// <summary>Writes the records a bulk import added outside a transaction (every id from the firsts on) as one commit.</summary>
    internal void WriteBulk(long firstNode, long firstRelationship, IProgress<Import.ImportProgress>? progress) =>
        InTransaction(transaction =>
        {
            var writer = _writer!;
            var store = _store!;
            var total = store.NodeLimit - firstNode + store.RelationshipLimit - firstRelationship;
            var done = 0L;
            writer.WriteTokens(transaction, store);
            for (var id = firstNode; id < store.NodeLimit; id++)
            {
                writer.UpsertNode(transaction, id, store.Node(id)!.Head!);
                Report(++done);
            }

            for (var id = firstRelationship; id < store.RelationshipLimit; id++)
            {
                var relationship = store.RelationshipAt((int)id);
                writer.UpsertRelationship(transaction, relationship, relationship.Head!.Properties);
                Report(++done);
            }

            writer.WriteLimits(transaction, store);
            progress?.Report(new Import.ImportProgress("write", _file!.Path, total, total));

            void Report(long count)
            {
                if (count % 65536 == 0)
                {
                    progress?.Report(new Import.ImportProgress("write", _file!.Path, count, total));
                }
            }
        });

    private GraphException Failed(GraphException e)
    {
        _writeFailure = $"{e.Code}: {e.Message}";
        return e;
    }

    public void Dispose()
    {
        if (_store is not null)
        {
            _store.CommitHook = null;
        }

        _writer?.Dispose();
        _file?.Dispose();
        _writer = null;
        _file = null;
    }

    private void Write(ChangeSet changes) =>
        InTransaction(transaction => _writer!.Write(transaction, _store!, changes));

    private void InTransaction(Action<SqliteTransaction> write)
    {
        var file = _file ?? throw new ObjectDisposedException(nameof(SqliteDurability));
        var writer = _writer!;
        try
        {
            using var transaction = file.Connection.BeginTransaction();
            try
            {
                write(transaction);
                writer.WriteMeta(transaction, StoreFormat.CommitsKey, (_commits + 1).ToString(CultureInfo.InvariantCulture));
                BeforeCommit?.Invoke();
                transaction.Commit();
            }
            catch
            {
                writer.RolledBack();
                throw;
            }

            writer.Committed();
            _commits++;
            _writeFailure = null;
        }
        catch (SqliteException e)
        {
            throw Failed(StoreFile.Translate(e, file.Path));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            throw Failed(new StorageException($"Writing the commit to '{file.Path}' failed: {e.Message}", "CommitNotWritten", e));
        }
    }
}

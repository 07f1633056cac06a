using Graph.Core.Errors;

namespace Graph.Engine.Storage;

/// <summary>
/// A transaction on the <see cref="GraphStore"/>. A reader sees the versions committed at or
/// before <see cref="Snapshot"/>. The (single) writer sees everything committed plus its own
/// uncommitted versions, which it may undo one statement at a time (<see cref="BeginStatement"/>,
/// <see cref="RollbackStatement"/>) or all at once (<see cref="Rollback"/>).
/// Not thread-safe: one transaction runs one statement at a time.
/// </summary>
internal sealed partial class StoreTransaction : IDisposable
{
    private readonly List<UndoEntry> _undo = [];
    private readonly HashSet<NodeRecord> _touchedNodes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<RelationshipRecord> _touchedRelationships = [];
    private readonly HashSet<NodeRecord> _deletedNodes = new(ReferenceEqualityComparer.Instance);
    private int _statement;
    private int _statementUndoStart;
    private bool _finished;
    private bool _schemaChanged;

    public StoreTransaction(GraphStore store, long committedSnapshot, bool writable)
    {
        Store = store;
        Writable = writable;
        Snapshot = writable ? Versions.Uncommitted : committedSnapshot;
        Schema = store.Schema;
    }

    public GraphStore Store { get; }

    public bool Writable { get; }

    /// <summary>The newest commit stamp this transaction sees (<see cref="Versions.Uncommitted"/> for the writer).</summary>
    public long Snapshot { get; }

    /// <summary>The schema this transaction sees (the writer's includes its own schema commands).</summary>
    public SchemaState Schema { get; private set; }

    public bool IsFinished => _finished;

    /// <summary>Starts a statement: its changes can be taken back alone.</summary>
    public void BeginStatement()
    {
        _statement++;
        _statementUndoStart = _undo.Count;
    }

    /// <summary>Takes back every change of the running statement.</summary>
    public void RollbackStatement() => UndoTo(_statementUndoStart);

    public void Commit()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already finished.");
        }

        _finished = true;
        if (!Writable)
        {
            Store.EndRead();
            return;
        }

        try
        {
            CheckDeletedNodesAreDisconnected();
            CheckExistenceConstraints();
            if (_undo.Count > 0 || _schemaChanged)
            {
                Stamp();
            }
        }
        catch
        {
            UndoTo(0);
            throw;
        }
        finally
        {
            Store.EndWrite();
        }
    }

    public void Rollback()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (!Writable)
        {
            Store.EndRead();
            return;
        }

        UndoTo(0);
        Store.EndWrite();
    }

    public void Dispose() => Rollback();

    private void UndoTo(int mark)
    {
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            var entry = _undo[i];
            switch (entry.Kind)
            {
                case UndoKind.NodeHead:
                    var node = (NodeRecord)entry.Target;
                    node.Head = (NodeVersion?)entry.Previous;
                    if (node.Head is not { Deleted: true })
                    {
                        _deletedNodes.Remove(node);
                    }

                    break;
                case UndoKind.RelationshipHead:
                    var relationship = (RelationshipRecord)entry.Target;
                    relationship.Head = (RelationshipVersion?)entry.Previous;
                    break;
                default:
                    Schema = (SchemaState)entry.Previous!;
                    break;
            }
        }

        _undo.RemoveRange(mark, _undo.Count - mark);
        if (_statementUndoStart > mark)
        {
            _statementUndoStart = mark;
        }
    }

    private void Stamp()
    {
        var stamp = Store.LastCommitted + 1;
        foreach (var node in _touchedNodes)
        {
            var head = node.Head;
            if (head is null || head.Begin != Versions.Uncommitted)
            {
                continue;
            }

            var committed = head.Older;
            while (committed is not null && committed.Begin == Versions.Uncommitted)
            {
                committed = committed.Older;
            }

            head.Older = committed;
            head.Begin = stamp;
        }

        foreach (var rel in _touchedRelationships)
        {
            var head = rel.Head;
            if (head is null || head.Begin != Versions.Uncommitted)
            {
                continue;
            }

            var committed = head.Older;
            while (committed is not null && committed.Begin == Versions.Uncommitted)
            {
                committed = committed.Older;
            }

            head.Older = committed;
            head.Begin = stamp;
        }

        Store.CommitHook?.Invoke(new ChangeSet(stamp, _touchedNodes, _touchedRelationships, Schema, _schemaChanged));
        Store.Publish(stamp, Schema);

        // Old versions may go only once no reader can need them. Deciding before Publish raced a reader that
        // began in between (it took the old snapshot and found the chain cut); after Publish (a full fence
        // between publishing and counting; BeginRead counts before it reads the stamp) a reader that is not
        // counted sees the new stamp.
        Interlocked.MemoryBarrier();
        if (!Store.HasActiveReaders)
        {
            foreach (var node in _touchedNodes)
            {
                node.Head?.Older = null;
            }

            foreach (var rel in _touchedRelationships)
            {
                rel.Head?.Older = null;
            }
        }
    }

    private void CheckDeletedNodesAreDisconnected()
    {
        foreach (var node in _deletedNodes)
        {
            if (node.Head is not { Deleted: true })
            {
                continue;
            }

            if (HasLiveRelationships(node))
            {
                throw new ConstraintViolationException(
                    $"Cannot delete node<{node.Id}>, because it still has relationships. To delete this node, you must first delete its relationships.",
                    "DeleteConnectedNode");
            }
        }
    }

    internal bool HasLiveRelationships(NodeRecord node) =>
        AnyLive(node.Outgoing) || AnyLive(node.Incoming);

    private bool AnyLive(AdjacencyList list)
    {
        var entries = list.Entries;
        var header = AdjacencyList.FirstGroup;
        for (var g = AdjacencyList.GroupCount(entries); g > 0; g--)
        {
            var count = AdjacencyList.CountAt(entries, header);
            for (var i = header + 1; i <= header + count; i++)
            {
                if (Store.RelationshipAt(entries[i].Relationship).IsLiveAt(Snapshot))
                {
                    return true;
                }
            }

            header = AdjacencyList.NextHeader(entries, header, count);
        }

        return false;
    }

    private void RequireWritable()
    {
        if (!Writable)
        {
            throw new ForbiddenException("Writing in a read-only transaction is not allowed.");
        }
    }
}

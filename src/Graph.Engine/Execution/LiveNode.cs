using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>
/// A node as a value inside a running statement: it reads the transaction's current state of the
/// node on every access, so a SET earlier in the statement is seen. Reading the labels or
/// properties of a node deleted in this transaction is an error, as in Neo4j.
/// </summary>
internal sealed class LiveNode(StoreTransaction transaction, NodeRecord record) : Node
{
    public StoreTransaction Transaction { get; } = transaction;

    public NodeRecord Record { get; } = record;

    public override long Id => Record.Id;

    public override string ElementId => "4:embedded:" + Record.Id.ToString(CultureInfo.InvariantCulture);

    public override IReadOnlyList<string> Labels
    {
        get
        {
            var v = Live();
            var names = new string[v.Labels.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Transaction.Store.Labels.Name(v.Labels[i]);
            }

            return names;
        }
    }

    public override IReadOnlyDictionary<string, object?> Properties => PropertyMaps.ToDictionary(Live().Properties, Transaction.Store.Keys);

    public bool IsDeleted => Transaction.NodeState(Record) is not { Deleted: false };

    /// <summary>The live version; throws when the node was deleted.</summary>
    public NodeVersion Live()
    {
        var v = Transaction.NodeState(Record);
        if (v is null || v.Deleted)
        {
            throw new EntityNotFoundException($"Node with id {Id} has been deleted in this transaction", "DeletedEntityAccess");
        }

        return v;
    }

    /// <summary>The property by token, or null (also for a token that does not exist yet, -1).</summary>
    public object? Property(int key) => key < 0 ? LiveOrThrow() : Live().Properties.Get(key);

    private object? LiveOrThrow()
    {
        Live();
        return null;
    }
}

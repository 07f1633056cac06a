using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>A relationship as a value inside a running statement (see <see cref="LiveNode"/>). Its type and ends stay readable after deletion.</summary>
internal sealed class LiveRelationship(StoreTransaction transaction, RelationshipRecord record) : Relationship
{
    public StoreTransaction Transaction { get; } = transaction;

    public RelationshipRecord Record { get; } = record;

    public override long Id => Record.Id;

    public override string ElementId => "5:embedded:" + Record.Id.ToString(CultureInfo.InvariantCulture);

    public override string Type => Transaction.Store.Types.Name(Record.Type);

    public override long StartId => Record.Start;

    public override long EndId => Record.End;

    public override string StartElementId => "4:embedded:" + Record.Start.ToString(CultureInfo.InvariantCulture);

    public override string EndElementId => "4:embedded:" + Record.End.ToString(CultureInfo.InvariantCulture);

    public override IReadOnlyDictionary<string, object?> Properties => PropertyMaps.ToDictionary(Live().Properties, Transaction.Store.Keys);

    public RelationshipVersion Live()
    {
        var v = Transaction.RelationshipState(Record);
        if (v is null || v.Deleted)
        {
            throw new EntityNotFoundException($"Relationship with id {Id} has been deleted in this transaction", "DeletedEntityAccess");
        }

        return v;
    }

    public object? Property(int key)
    {
        var v = Live();
        return key < 0 ? null : v.Properties.Get(key);
    }

    /// <summary>The node at the other end from <paramref name="nodeId"/>.</summary>
    public long Other(long nodeId) => Record.Start == nodeId ? Record.End : Record.Start;
}

using Graph.Core.Errors;
using Graph.Engine.Ast;
using Graph.Engine.Storage;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// One hop from the node in <c>from</c>: binds each matching relationship and the node at its
/// other end (or, into an already bound <c>to</c>, keeps only relationships that reach it).
/// A null start node yields nothing (after an OPTIONAL MATCH miss). With <c>targetLabels</c> (a label
/// filter on a new target node fused in), a target without the labels is skipped before any value is
/// allocated for it; without <c>bindRelationship</c> (an anonymous relationship nothing reads), the
/// relationship slot is not written.
/// </summary>
internal sealed class ExpandOperator(
    Operator input,
    int from,
    int relationship,
    int to,
    IReadOnlyList<string> types,
    AstDirection direction,
    bool into,
    int[] unique,
    TokenResolver tokens,
    string[]? targetLabels = null,
    bool bindRelationship = true) : Operator
{
    private readonly int[]? _labelTokens = targetLabels is null ? null : Enumerable.Repeat(-1, targetLabels.Length).ToArray();
    private EdgeCursor _edges;
    private bool _active;
    private LiveNode? _target;
    private int[]? _types;

    public override bool Pull(Frame frame)
    {
        var tx = frame.Context.Transaction;
        while (true)
        {
            if (!_active)
            {
                if (!input.Pull(frame))
                {
                    return false;
                }

                if (!Start(frame))
                {
                    continue;
                }
            }

            while (_edges.Next(tx, out var entry))
            {
                frame.Context.Tick();
                if (into && entry.Other != _target!.Id)
                {
                    continue;
                }

                if (unique.Length > 0 && !Uniqueness.IsFree(entry.Relationship.Id, frame.Slots, unique))
                {
                    continue;
                }

                if (into)
                {
                    if (bindRelationship)
                    {
                        frame.Slots[relationship] = new LiveRelationship(tx, entry.Relationship);
                    }

                    return true;
                }

                var record = tx.NodeRecord(entry.Other)!;
                if (_labelTokens is not null && !HasLabels(tx, record))
                {
                    continue;
                }

                if (bindRelationship)
                {
                    frame.Slots[relationship] = new LiveRelationship(tx, entry.Relationship);
                }

                frame.Slots[to] = new LiveNode(tx, record);
                return true;
            }

            _active = false;
        }
    }

    private bool HasLabels(StoreTransaction tx, NodeRecord record)
    {
        var v = tx.NodeState(record);
        if (v is null || v.Deleted)
        {
            // As the unfused label filter would: reading the labels of a deleted node is an error.
            new LiveNode(tx, record).Live();
            return false;
        }

        var labels = _labelTokens!;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0)
            {
                // A label the statement has not seen yet may be created by it: resolve until it exists.
                labels[i] = tokens.Label(targetLabels![i]);
            }

            if (labels[i] < 0 || !v.HasLabel(labels[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Start(Frame frame)
    {
        var node = frame.Slots[from];
        if (node is null)
        {
            return false;
        }

        if (node is not LiveNode start)
        {
            throw new CypherTypeException($"Type mismatch: expected Node but was {ValueTypes.TypeName(node)}", "InvalidArgumentType");
        }

        if (into)
        {
            _target = frame.Slots[to] as LiveNode;
            if (_target is null)
            {
                return false;
            }
        }

        _edges.Start(start.Record, direction, types.Count == 0 ? null : TypeTokens.Cached(ref _types, types, tokens));
        _active = true;
        return true;
    }

    public override void Reset()
    {
        _active = false;
        input.Reset();
    }

    internal static NodeRecord RecordOf(LiveNode node) => node.Record;
}

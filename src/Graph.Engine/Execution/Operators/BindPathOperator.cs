using Graph.Core.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>Builds a named path from the pattern's slots: a start node, then per step a relationship (or list of them) and a node.</summary>
internal sealed class BindPathOperator(Operator input, int path, int start, (int Relationship, int Node)[] steps) : Operator
{
    public override bool Pull(Frame frame)
    {
        if (!input.Pull(frame))
        {
            return false;
        }

        frame.Slots[path] = Build(frame);
        return true;
    }

    private GraphPath? Build(Frame frame)
    {
        if (frame.Slots[start] is not LiveNode first)
        {
            return null;
        }

        var tx = frame.Context.Transaction;
        var nodes = new List<Node> { first };
        var rels = new List<Relationship>();
        var current = first.Id;
        foreach (var (relSlot, nodeSlot) in steps)
        {
            switch (frame.Slots[relSlot])
            {
                case LiveRelationship r:
                    rels.Add(r);
                    current = r.Other(current);
                    nodes.Add(new LiveNode(tx, tx.NodeRecord(current)!));
                    break;
                case List<object?> list:
                    foreach (var item in list)
                    {
                        var hop = (LiveRelationship)item!;
                        rels.Add(hop);
                        current = hop.Other(current);
                        nodes.Add(new LiveNode(tx, tx.NodeRecord(current)!));
                    }

                    break;
                default:
                    return null;
            }

            if (frame.Slots[nodeSlot] is null)
            {
                return null;
            }
        }

        return new GraphPath(nodes, rels);
    }

    public override void Reset() => input.Reset();
}

using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// The fast path for the common shortestPath (one path, no predicates): breadth-first from both ends at once,
/// always growing the smaller frontier, stopping at the level where the two searches meet. Every meeting found
/// while the depths first add up to the shortest length L is exactly L apart, so the first one is a shortest
/// path. On hub-heavy graphs (a chain with thousands of member firms) a one-sided search reaches most of the
/// graph by depth 3; two frontiers of depth 2 stay small (benchmark q06 at scale M: ~10⁵ nodes visited
/// one-sided against ~10³ here).
/// </summary>
internal sealed partial class ShortestPathOperator
{
    private void Bidirectional(Frame frame, StoreTransaction tx, NodeRecord start, long target, int[]? typeTokens)
    {
        var targetRecord = tx.NodeRecord(target);
        if (targetRecord is null)
        {
            return;
        }

        var forward = new Dictionary<long, (RelationshipRecord? Rel, long Prev)> { [start.Id] = (null, -1) };
        var backward = new Dictionary<long, (RelationshipRecord? Rel, long Prev)> { [target] = (null, -1) };
        var forwardFrontier = new List<NodeRecord> { start };
        var backwardFrontier = new List<NodeRecord> { targetRecord };
        var reverse = direction switch
        {
            AstDirection.Outgoing => AstDirection.Incoming,
            AstDirection.Incoming => AstDirection.Outgoing,
            _ => AstDirection.Both,
        };
        var edges = default(EdgeCursor);
        for (var length = 0L; forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && (max is null || length < max); length++)
        {
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, other, way) = growForward
                ? (forwardFrontier, forward, backward, direction)
                : (backwardFrontier, backward, forward, reverse);
            var next = new List<NodeRecord>();
            foreach (var node in frontier)
            {
                edges.Start(node, way, typeTokens);
                while (edges.Next(tx, out var entry))
                {
                    frame.Context.Tick();
                    if (!seen.TryAdd(entry.Other, (entry.Relationship, node.Id)))
                    {
                        continue;
                    }

                    if (other.ContainsKey(entry.Other))
                    {
                        _results.Enqueue(Join(entry.Other, forward, backward));
                        return;
                    }

                    next.Add(tx.NodeRecord(entry.Other)!);
                }
            }

            if (growForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }
    }

    /// <summary>The relationships from the start to <paramref name="meeting"/> and on to the target, in path order.</summary>
    private static List<RelationshipRecord> Join(
        long meeting,
        Dictionary<long, (RelationshipRecord? Rel, long Prev)> forward,
        Dictionary<long, (RelationshipRecord? Rel, long Prev)> backward)
    {
        var path = new List<RelationshipRecord>();
        for (var (rel, prev) = forward[meeting]; rel is not null; (rel, prev) = forward[prev])
        {
            path.Add(rel);
        }

        path.Reverse();
        for (var (rel, prev) = backward[meeting]; rel is not null; (rel, prev) = backward[prev])
        {
            path.Add(rel);
        }

        return path;
    }
}

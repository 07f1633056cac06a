using Graph.Core.Values;
using Graph.Engine.Ast;
using Graph.Engine.Storage;
using Graph.Engine.Values;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// shortestPath / allShortestPaths between the bound nodes of each input row. Without a
/// predicate on the whole path: breadth-first search keeping every parent at the first depth a
/// node is reached. With one: iterative deepening over simple paths, testing each candidate.
/// </summary>
internal sealed class ShortestPathOperator(
    Operator input,
    int from,
    int to,
    int relationships,
    int? path,
    IReadOnlyList<string> types,
    AstDirection direction,
    long min,
    long? max,
    bool all,
    int scratch,
    Func<Frame, bool>? hopPredicate,
    Func<Frame, bool>? pathPredicate,
    TokenResolver tokens) : Operator
{
    private readonly Queue<List<RelationshipRecord>> _results = new();
    private HeldMemory _held;
    private long _startId;

    public override bool Pull(Frame frame)
    {
        var tx = frame.Context.Transaction;
        while (_results.Count == 0)
        {
            if (!input.Pull(frame))
            {
                return false;
            }

            if (frame.Slots[from] is LiveNode a && frame.Slots[to] is LiveNode b)
            {
                _startId = a.Id;
                Search(frame, tx, a.Record, b.Id);
            }
        }

        var path = _results.Dequeue();
        _held.Add(frame.Context.Budget, -ValueSize.List(path.Count));
        Bind(frame, tx, path);
        return true;
    }

    private void Search(Frame frame, StoreTransaction tx, NodeRecord start, long target)
    {
        var typeTokens = TypeTokens.Resolve(types, tokens);
        if (start.Id == target && min == 0)
        {
            Found(frame.Context.Budget, []);
            return;
        }

        if (pathPredicate is null && !all)
        {
            Bidirectional(frame, tx, start, target, typeTokens);
        }
        else if (pathPredicate is null)
        {
            BreadthFirst(frame, tx, start, target, typeTokens);
        }
        else
        {
            Deepening(frame, tx, start, target, typeTokens);
        }
    }

    private void BreadthFirst(Frame frame, StoreTransaction tx, NodeRecord start, long target, int[]? typeTokens)
    {
        var depthOf = new Dictionary<long, int> { [start.Id] = 0 };
        var parents = new Dictionary<long, List<(RelationshipRecord Rel, long Prev)>>();
        var frontier = new List<NodeRecord> { start };
        var edges = default(EdgeCursor);
        var found = false;
        for (var depth = 1; frontier.Count > 0 && (max is null || depth <= max) && !found; depth++)
        {
            var next = new List<NodeRecord>();
            foreach (var node in frontier)
            {
                edges.Start(node, direction, typeTokens);
                while (edges.Next(tx, out var entry))
                {
                    frame.Context.Tick();
                    if (!HopAllowed(frame, tx, entry.Relationship))
                    {
                        continue;
                    }

                    if (!depthOf.TryGetValue(entry.Other, out var seen))
                    {
                        depthOf[entry.Other] = depth;
                        parents[entry.Other] = [(entry.Relationship, node.Id)];
                        next.Add(tx.NodeRecord(entry.Other)!);
                        found |= entry.Other == target;
                    }
                    else if (seen == depth && all)
                    {
                        parents[entry.Other].Add((entry.Relationship, node.Id));
                    }
                }
            }

            frontier = next;
        }

        if (!found || depthOf[target] < min)
        {
            return;
        }

        Collect(frame.Context.Budget, target, start.Id, parents);
    }

    /// <summary>
    /// One shortest path by breadth-first search from both ends, a whole level at a time from the
    /// smaller frontier: on a graph with branching b a path of length d costs about 2·b^(d/2)
    /// expansions instead of b^d.
    /// </summary>
    private void Bidirectional(Frame frame, StoreTransaction tx, NodeRecord start, long target, int[]? typeTokens)
    {
        if (start.Id == target)
        {
            return;
        }

        var forward = new Dictionary<long, (RelationshipRecord? Rel, long Next)> { [start.Id] = (null, -1) };
        var backward = new Dictionary<long, (RelationshipRecord? Rel, long Next)> { [target] = (null, -1) };
        var forwardFrontier = new List<long> { start.Id };
        var backwardFrontier = new List<long> { target };
        var reverse = direction switch
        {
            AstDirection.Outgoing => AstDirection.Incoming,
            AstDirection.Incoming => AstDirection.Outgoing,
            _ => AstDirection.Both,
        };
        var edges = default(EdgeCursor);
        for (var length = 0; max is null || length < max; length++)
        {
            if (forwardFrontier.Count == 0 || backwardFrontier.Count == 0)
            {
                return;
            }

            var fromForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (seen, other, frontier, dir) = fromForward
                ? (forward, backward, forwardFrontier, direction)
                : (backward, forward, backwardFrontier, reverse);
            var next = new List<long>();
            var meet = -1L;
            foreach (var id in frontier)
            {
                edges.Start(tx.NodeRecord(id)!, dir, typeTokens);
                while (edges.Next(tx, out var entry))
                {
                    frame.Context.Tick();
                    if (seen.ContainsKey(entry.Other) || !HopAllowed(frame, tx, entry.Relationship))
                    {
                        continue;
                    }

                    seen[entry.Other] = (entry.Relationship, id);
                    next.Add(entry.Other);
                    if (other.ContainsKey(entry.Other))
                    {
                        meet = entry.Other;
                        break;
                    }
                }

                if (meet >= 0)
                {
                    break;
                }
            }

            if (meet >= 0)
            {
                var rels = new List<RelationshipRecord>();
                for (var n = meet; forward[n].Rel is { } r; n = forward[n].Next)
                {
                    rels.Add(r);
                }

                rels.Reverse();
                for (var n = meet; backward[n].Rel is { } r; n = backward[n].Next)
                {
                    rels.Add(r);
                }

                Found(frame.Context.Budget, rels);
                return;
            }

            if (fromForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }
    }

    /// <summary>
    /// Every shortest path (or the first), walking back from the target through the parents, depth first with an
    /// explicit stack: a path can be as long as the graph is wide, too long to recurse along.
    /// </summary>
    private void Collect(QueryBudget budget, long target, long start, Dictionary<long, List<(RelationshipRecord Rel, long Prev)>> parents)
    {
        var trail = new List<RelationshipRecord>();
        var stack = new List<(long Node, int Next)> { (target, 0) };
        while (stack.Count > 0)
        {
            var (node, next) = stack[^1];
            if (node != start && next < parents[node].Count)
            {
                stack[^1] = (node, next + 1);
                var (rel, prev) = parents[node][next];
                trail.Add(rel);
                stack.Add((prev, 0));
                continue;
            }

            if (node == start)
            {
                var found = new List<RelationshipRecord>(trail);
                found.Reverse();
                Found(budget, found);
                if (!all)
                {
                    return;
                }
            }

            // Done with this node: back to the one that led here.
            stack.RemoveAt(stack.Count - 1);
            if (trail.Count > 0)
            {
                trail.RemoveAt(trail.Count - 1);
            }
        }
    }

    private void Deepening(Frame frame, StoreTransaction tx, NodeRecord start, long target, int[]? typeTokens)
    {
        for (var length = Math.Max(1, min); max is null || length <= max; length++)
        {
            var trail = new List<RelationshipRecord>();
            var reachedLength = false;
            Walk(frame, tx, start, target, typeTokens, length, trail, ref reachedLength);
            if (_results.Count > 0 || !reachedLength)
            {
                return;
            }
        }
    }

    private void Walk(Frame frame, StoreTransaction tx, NodeRecord node, long target, int[]? typeTokens, long length, List<RelationshipRecord> trail, ref bool reachedLength)
    {
        StackGuard.Ensure();
        if (trail.Count == length)
        {
            reachedLength = true;
            if (node.Id == target)
            {
                Bind(frame, tx, trail);
                if (pathPredicate!(frame))
                {
                    Found(frame.Context.Budget, [.. trail]);
                }
            }

            return;
        }

        var edges = default(EdgeCursor);
        edges.Start(node, direction, typeTokens);
        while (edges.Next(tx, out var entry))
        {
            frame.Context.Tick();
            if (trail.Contains(entry.Relationship) || !HopAllowed(frame, tx, entry.Relationship))
            {
                continue;
            }

            trail.Add(entry.Relationship);
            Walk(frame, tx, tx.NodeRecord(entry.Other)!, target, typeTokens, length, trail, ref reachedLength);
            trail.RemoveAt(trail.Count - 1);
            if (!all && _results.Count > 0)
            {
                return;
            }
        }
    }

    private bool HopAllowed(Frame frame, StoreTransaction tx, RelationshipRecord rel)
    {
        if (hopPredicate is null)
        {
            return true;
        }

        frame.Slots[scratch] = new LiveRelationship(tx, rel);
        return hopPredicate(frame);
    }

    private void Bind(Frame frame, StoreTransaction tx, List<RelationshipRecord> rels)
    {
        var list = new List<object?>(rels.Count);
        var nodes = new List<Node> { new LiveNode(tx, tx.NodeRecord(_startId)!) };
        var rs = new List<Relationship>(rels.Count);
        var current = _startId;
        foreach (var r in rels)
        {
            var live = new LiveRelationship(tx, r);
            list.Add(live);
            rs.Add(live);
            current = live.Other(current);
            nodes.Add(new LiveNode(tx, tx.NodeRecord(current)!));
        }

        frame.Slots[relationships] = list;
        if (path is { } p)
        {
            frame.Slots[p] = new GraphPath(nodes, rs);
        }
    }

    /// <summary>Keeps a path found for the current row, counted until it is handed out.</summary>
    private void Found(QueryBudget budget, List<RelationshipRecord> path)
    {
        budget.Check();
        _held.Add(budget, ValueSize.List(path.Count));
        _results.Enqueue(path);
    }

    public override void Reset()
    {
        _results.Clear();
        _held.Release();
        input.Reset();
    }
}

using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Slots the planner adds after the binder's (scratch variables for per-hop predicates and the like).</summary>
internal sealed class SlotCounter(int start)
{
    public int Count { get; private set; } = start;

    public Variable Anonymous(ValueKind kind) => new(" scratch" + Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Count++, kind);
}

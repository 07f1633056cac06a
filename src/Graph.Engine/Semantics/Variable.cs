namespace Graph.Engine.Semantics;

/// <summary>
/// A variable bound to slot <paramref name="Slot"/> of the query's frame. Every binding gets its
/// own slot, so a WITH that renames or re-projects makes a new variable. <paramref name="Kind"/>
/// is what the binder knows of its type. Anonymous pattern elements get hidden variables
/// (<see cref="IsAnonymous"/>) so every node and relationship of a pattern has a slot.
/// </summary>
internal sealed record Variable(string Name, int Slot, ValueKind Kind)
{
    public bool IsAnonymous => Name.StartsWith(' ');
}

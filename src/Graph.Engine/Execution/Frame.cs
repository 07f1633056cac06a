namespace Graph.Engine.Execution;

/// <summary>
/// The row operators work on: one slot per variable of the statement (subqueries included) and
/// the run's context. Operators write their variables into the slots; materialising operators
/// copy and restore whole slot arrays.
/// </summary>
internal sealed class Frame(int width, QueryContext context)
{
    public object?[] Slots { get; } = new object?[width];

    public QueryContext Context { get; } = context;

    public object?[] Save() => (object?[])Slots.Clone();

    public void Restore(object?[] saved) => Array.Copy(saved, Slots, saved.Length);
}

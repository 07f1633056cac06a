namespace Graph.Api.Hosting;

/// <summary>What start-up achieved, for readiness and for the seed endpoints. Thread-safe: one immutable snapshot at a time.</summary>
public sealed class GraphState
{
    private volatile GraphStatus current = new(false, "starting", null, null);

    public GraphStatus Current => current;

    internal void Set(GraphStatus status) => current = status;
}

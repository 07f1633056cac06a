namespace Graph.Engine.Functions;

/// <summary>
/// The running state of one aggregate for one group. <see cref="Add"/> receives each row's
/// argument value (nulls included: the aggregator decides, as Neo4j does, to skip them);
/// DISTINCT is applied by the caller before <see cref="Add"/>.
/// </summary>
public interface IAggregator
{
    void Add(object? value);

    object? Complete();
}

namespace Graph.Engine.Planning;

/// <summary>Reads every input row before yielding the first, so later clauses never see a row half-way through earlier clauses' writes.</summary>
internal sealed record LogicalEager(LogicalOperator Input) : LogicalOperator;

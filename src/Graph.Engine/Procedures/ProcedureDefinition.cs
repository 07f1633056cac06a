namespace Graph.Engine.Procedures;

/// <summary>
/// A procedure callable with <c>CALL name(args) YIELD …</c>. <see cref="Invoke"/> receives the
/// argument values in signature order and returns rows whose cells follow <see cref="Outputs"/>.
/// A procedure with no outputs is a void procedure.
/// </summary>
public sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<ProcedureParameter> Inputs,
    IReadOnlyList<ProcedureParameter> Outputs,
    Func<IProcedureContext, object?[], IEnumerable<object?[]>> Invoke)
{
    /// <summary>True when the procedure changes the graph (refused in read transactions).</summary>
    public bool Writes { get; init; }
}

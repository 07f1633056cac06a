using Graph.Engine.Ast;
using Graph.Engine.Planning;
using Graph.Engine.Semantics;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>
/// A statement parsed, bound, planned and compiled, ready to run any number of times (also
/// concurrently). Valid while the schema it was planned against is current.
/// </summary>
internal sealed record PreparedStatement(
    LogicalPlan Plan,
    ExpressionCompiler Compiler,
    IReadOnlyList<BoundColumn> Columns,
    AstQueryPrefix Prefix,
    SchemaState Schema,
    int ProcedureVersion)
{
    public bool Writes => Plan.Writes;

    public bool IsSchemaCommand => Plan.Root is LogicalProduceResults { Input: LogicalSchemaCommand };
}

using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, the relationships of <paramref name="From"/> matching types and direction, binding <paramref name="Relationship"/> and <paramref name="To"/> (with <paramref name="Into"/>, <paramref name="To"/> is bound already and must match). <paramref name="Unique"/> are relationship (or relationship-list) variables of the same MATCH the new relationship must differ from.</summary>
internal sealed record LogicalExpand(LogicalOperator Input, Variable From, Variable Relationship, Variable To, IReadOnlyList<string> Types, AstDirection Direction, bool Into, IReadOnlyList<Variable> Unique) : LogicalOperator
{
    /// <summary>False when nothing reads the relationship (an anonymous, unchecked variable): its slot is not written.</summary>
    public bool BindRelationship { get; init; } = true;
}

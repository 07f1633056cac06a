using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Variable-length expansion: paths of <paramref name="Min"/>..<paramref name="Max"/> hops with no relationship repeated, binding the relationship list and the end node. <paramref name="RelationshipPredicate"/> is checked on every hop with the hop's relationship in <paramref name="Scratch"/>.</summary>
internal sealed record LogicalVarExpand(LogicalOperator Input, Variable From, Variable Relationships, Variable To, IReadOnlyList<string> Types, AstDirection Direction, long Min, long? Max, bool Into, IReadOnlyList<Variable> Unique, Variable Scratch, BoundExpression? RelationshipPredicate) : LogicalOperator
{
    /// <summary>True when the expansion walks the pattern right to left: the list is reversed to pattern order.</summary>
    public bool Reversed { get; init; }

    /// <summary>False when nothing reads the relationship list (an anonymous, unchecked variable): the list is not built.</summary>
    public bool BindList { get; init; } = true;
}

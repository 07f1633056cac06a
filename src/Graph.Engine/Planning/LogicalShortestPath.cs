using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>shortestPath / allShortestPaths between two bound nodes by breadth-first search, binding the path (and the relationship list). <paramref name="RelationshipPredicate"/> is checked per hop with the relationship in <paramref name="Scratch"/>; <paramref name="PathPredicate"/> on each candidate path.</summary>
internal sealed record LogicalShortestPath(LogicalOperator Input, Variable From, Variable To, Variable Relationships, Variable? Path, IReadOnlyList<string> Types, AstDirection Direction, long Min, long? Max, bool All, Variable Scratch, BoundExpression? RelationshipPredicate, BoundExpression? PathPredicate) : LogicalOperator;

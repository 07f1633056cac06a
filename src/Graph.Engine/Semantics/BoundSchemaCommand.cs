using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>CREATE/DROP INDEX/CONSTRAINT, run as is.</summary>
internal sealed record BoundSchemaCommand(AstStatement Statement) : BoundClause;

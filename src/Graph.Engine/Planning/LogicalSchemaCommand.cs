using Graph.Engine.Ast;

namespace Graph.Engine.Planning;

/// <summary>CREATE/DROP INDEX/CONSTRAINT.</summary>
internal sealed record LogicalSchemaCommand(AstStatement Statement) : LogicalOperator;

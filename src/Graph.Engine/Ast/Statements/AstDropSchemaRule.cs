namespace Graph.Engine.Ast;

/// <summary>DROP INDEX name [IF EXISTS] or DROP CONSTRAINT name [IF EXISTS].</summary>
public sealed record AstDropSchemaRule(SourcePosition Position, bool IsConstraint, string Name, bool IfExists) : AstStatement(Position);

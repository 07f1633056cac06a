namespace Graph.Engine.Ast;

/// <summary>CASE [subject] WHEN … THEN … [ELSE …] END. With a subject, each WHEN is compared with it by equality.</summary>
public sealed record AstCase(SourcePosition Position, AstExpression? Subject, IReadOnlyList<AstCaseAlternative> Alternatives, AstExpression? Else) : AstExpression(Position);

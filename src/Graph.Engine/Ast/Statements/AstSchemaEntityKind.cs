namespace Graph.Engine.Ast;

/// <summary>Whether a schema rule is on nodes or relationships.</summary>
public enum AstSchemaEntityKind
{
    Node,
    Relationship,
}

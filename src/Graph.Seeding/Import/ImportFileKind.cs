namespace Graph.Seeding.Import;

/// <summary>Whether an import file holds nodes or relationships.</summary>
public enum ImportFileKind
{
    Nodes,
    Relationships,
}

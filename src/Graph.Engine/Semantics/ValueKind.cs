namespace Graph.Engine.Semantics;

/// <summary>What the binder knows about a value's type; <see cref="Any"/> when it cannot tell.</summary>
internal enum ValueKind
{
    Any,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}

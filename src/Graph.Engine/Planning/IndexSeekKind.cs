namespace Graph.Engine.Planning;

/// <summary>How an index seek uses its value: one exact value, a string prefix, or every value of a list.</summary>
internal enum IndexSeekKind
{
    Equal,
    Prefix,
    In,
}

namespace Graph.Engine.Planning;

/// <summary>How an index seek uses its value: one exact value, a string prefix, every value of a list, or one bound of a range.</summary>
internal enum IndexSeekKind
{
    Equal,
    Prefix,
    In,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

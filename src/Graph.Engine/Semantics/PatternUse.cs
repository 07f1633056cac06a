namespace Graph.Engine.Semantics;

/// <summary>Which clause a pattern belongs to: the rules for reused variables and parameters differ.</summary>
internal enum PatternUse
{
    Match,
    Create,
    Merge,
}

namespace Graph.Engine.Tests.Functions.Tck;

internal enum MiniTokenKind
{
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
    End,
}

namespace Graph.Engine.Procedures;

/// <summary>
/// One input or output of a procedure signature, e.g. <c>label :: STRING</c>. <see cref="Type"/> is Neo4j's type name
/// (<c>STRING?</c>, <c>INTEGER?</c>, <c>ANY?</c>, <c>NODE?</c>, <c>LIST? OF STRING?</c>, …).
/// </summary>
public sealed record ProcedureParameter(string Name, string Type)
{
    /// <summary>An input that may be left out: Neo4j's <c>timeOutSeconds = 300 :: INTEGER</c>. Inputs with defaults come last.</summary>
    public bool HasDefault { get; init; }

    /// <summary>The value a left-out input takes (see <see cref="HasDefault"/>).</summary>
    public object? Default { get; init; }

    /// <summary>An input that may be left out, taking <paramref name="value"/>.</summary>
    public ProcedureParameter WithDefault(object? value) => this with { HasDefault = true, Default = value };
}

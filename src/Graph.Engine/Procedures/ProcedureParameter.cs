namespace Graph.Engine.Procedures;

/// <summary>One input or output of a procedure signature, e.g. <c>label :: STRING</c>. <see cref="Type"/> is Neo4j's type name (<c>STRING?</c>, <c>INTEGER?</c>, <c>ANY?</c>, <c>NODE?</c>, <c>LIST? OF STRING?</c>, …).</summary>
public sealed record ProcedureParameter(string Name, string Type);

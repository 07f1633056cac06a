using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>
/// A statement after semantic analysis: the bound query (or schema command), the frame size,
/// and whether it writes (a read-mode run refuses it before running).
/// </summary>
internal sealed record BoundStatement(BoundQuery Query, int SlotCount, bool Writes, AstQueryPrefix Prefix);

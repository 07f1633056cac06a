using Graph.Engine.Planning;

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// Part <see cref="Part"/> of <see cref="Parts"/> contiguous parts of the first <see cref="Candidates"/> of
/// <see cref="Scan"/>'s candidates. The count is taken once for all parts: a writer may append candidates while
/// the parts start, and parts cut from different counts would skip or repeat nodes at their borders.
/// </summary>
internal sealed record ScanPartition(LogicalNodeScan Scan, int Part, int Parts, long Candidates);

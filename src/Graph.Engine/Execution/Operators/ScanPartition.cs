using Graph.Engine.Planning;

namespace Graph.Engine.Execution.Operators;

/// <summary>Part <see cref="Part"/> of <see cref="Parts"/> contiguous parts of <see cref="Scan"/>'s candidates.</summary>
internal sealed record ScanPartition(LogicalNodeScan Scan, int Part, int Parts);

namespace Graph.Engine.Execution.Operators;

/// <summary>
/// One SET/REMOVE item, compiled. Kinds: a property (<see cref="Key"/> set, <see cref="Value"/>
/// null-able), all properties (<see cref="Merge"/> for <c>+=</c>), or labels (<see cref="Remove"/> to take away).
/// </summary>
internal sealed record CompiledSetItem(Evaluator Target, string? Key, Evaluator? Value, bool Merge, string[]? Labels, bool Remove);

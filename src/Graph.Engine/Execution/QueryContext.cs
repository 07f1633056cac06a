using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Functions;
using Graph.Engine.Planning;
using Graph.Engine.Procedures;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>
/// Everything one run of a statement shares: the transaction, parameters, clock, limits,
/// counters, and the cursors of expression subqueries. Operators call <see cref="Tick"/> in
/// their loops and evaluation in its own: one volatile read of the run's <see cref="QueryBudget"/>.
/// </summary>
internal sealed class QueryContext(
    StoreTransaction transaction,
    IReadOnlyDictionary<string, object?> parameters,
    QueryBudget budget) : IFunctionContext
{
    private Dictionary<LogicalOperator, Operator>? _subqueries;
    private static readonly object NullValue = new();
    private static readonly object Uncacheable = new();
    private object?[]? _constants;

    public StoreTransaction Transaction { get; } = transaction;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public DateTimeOffset StatementTime { get; private init; } = DateTimeOffset.UtcNow;

    public CancellationToken CancellationToken => Budget.Token;

    /// <summary>The run's deadline, cancellation and memory budget.</summary>
    public QueryBudget Budget { get; } = budget;

    public UpdateCounters Counters { get; } = new();

    /// <summary>Builds operator trees for subquery plans; set by the runner.</summary>
    public OperatorBuilder? Builder { get; set; }

    /// <summary>Runs a nested statement for a procedure (set by the façade).</summary>
    public IProcedureContext? ProcedureContext { get; set; }

    /// <summary>
    /// A context for another thread running part of this statement (a parallel scan's partition): the same
    /// transaction, parameters, clock and limits, its own constants, subquery cursors and tick count.
    /// </summary>
    public QueryContext Fork() => new(Transaction, Parameters, Budget)
    {
        StatementTime = StatementTime,
        ProcedureContext = ProcedureContext,
    };

    public object? Parameter(string name) =>
        Parameters.TryGetValue(name, out var value)
            ? value
            : throw new ParameterMissingException($"Expected parameter(s): {name}", "MissingParameter");

    public Node? FindNode(long id)
    {
        var record = Transaction.NodeRecord(id);
        return record is not null && Transaction.LiveNode(id) is not null ? new LiveNode(Transaction, record) : null;
    }

    /// <summary>The operator tree of a subquery plan, built once per run and reset per use.</summary>
    public Operator Subquery(LogicalOperator plan)
    {
        _subqueries ??= new(ReferenceEqualityComparer.Instance);
        if (!_subqueries.TryGetValue(plan, out var op))
        {
            op = Builder!.Build(plan);
            _subqueries[plan] = op;
        }

        return op;
    }

    /// <summary>
    /// The run's value of run-constant expression <paramref name="index"/>: computed on first use and kept
    /// when it is a scalar (a list or map result is recomputed, so no caller can change a shared value).
    /// </summary>
    public object? Constant(int index, Evaluator compute, Frame frame)
    {
        if (_constants is null || index >= _constants.Length)
        {
            Array.Resize(ref _constants, Math.Max(index + 1, 8));
        }

        var known = _constants[index];
        if (known is not null && !ReferenceEquals(known, Uncacheable))
        {
            return ReferenceEquals(known, NullValue) ? null : known;
        }

        var value = compute(frame);
        if (known is null)
        {
            _constants[index] = value switch
            {
                null => NullValue,
                double or long or string or bool => value,
                _ => Uncacheable,
            };
        }

        return value;
    }

    /// <summary>Stops the run when its caller has gone or its time is up; one volatile read, so every iteration may call it.</summary>
    public void Tick() => Budget.Check();

    public void Check() => Budget.Check();

    public void Reserve(long bytes) => Budget.Reserve(bytes);
}

using System.Globalization;
using System.Text;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>Tallies fuzz outcomes (results, errors by code, slow cases) and keeps the first case of each kind of failure.</summary>
internal sealed class FuzzReport
{
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string First, int Count)> _failures = new(StringComparer.Ordinal);
    private int _cases;
    private int _results;
    private int _slow;
    private TimeSpan _slowest;
    private string? _slowestCase;

    public int DistinctFailures => _failures.Count;

    /// <summary>Counts the outcome; <paramref name="describe"/> runs for the first failure of its kind and for the slowest case so far.</summary>
    public void Add(FuzzOutcome outcome, Func<string> describe)
    {
        _cases++;
        if (outcome.Elapsed > _slowest)
        {
            _slowest = outcome.Elapsed;
            _slowestCase = describe();
        }

        // Past the 2 s limit plus slack; reported, not failed: on a shared machine a slow case is not yet a bug.
        if (outcome.Elapsed > TimeSpan.FromSeconds(4))
        {
            _slow++;
        }

        if (outcome.FailureKind is { } kind)
        {
            _failures[kind] = _failures.TryGetValue(kind, out var seen) ? (seen.First, seen.Count + 1) : (describe(), 1);
        }
        else if (outcome.ErrorCode is { } code)
        {
            _errors[code] = _errors.GetValueOrDefault(code) + 1;
        }
        else
        {
            _results++;
        }
    }

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{_cases} cases: {_results} results, {_errors.Values.Sum()} errors, {_failures.Values.Sum(f => f.Count)} failures ({_failures.Count} kinds); ");
        sb.Append(CultureInfo.InvariantCulture, $"{_slow} slower than 4 s, slowest {_slowest.TotalMilliseconds:0} ms\n");
        foreach (var (code, count) in _errors.OrderByDescending(e => e.Value))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {count,6}  {code}\n");
        }

        return sb.Append("slowest case: ").Append(_slowestCase).ToString();
    }

    public string Failures() =>
        string.Join("\n\n", _failures.Select(f => $"[{f.Value.Count}x] {f.Key}\n{f.Value.First}"));
}

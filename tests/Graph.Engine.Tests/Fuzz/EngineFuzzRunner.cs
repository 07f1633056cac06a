using System.Diagnostics;
using System.Text;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Engine.Tests.Fuzz;

/// <summary>
/// Runs one fuzz case on a fresh fuzz graph and judges it: the statement must end in a result or a
/// <see cref="GraphException"/> (with a Neo4j code and no engine bug inside), a failed statement must leave the store
/// exactly as it was, and the store must still answer a read and take a write afterwards. A watchdog catches hangs.
/// Not thread-safe: one case at a time.
/// </summary>
internal sealed class EngineFuzzRunner : IDisposable
{
    /// <summary>The limits every fuzz statement runs under.</summary>
    public static readonly QueryOptions Options = new() { Timeout = TimeSpan.FromSeconds(2), MaxRows = 10_000 };

    // Secondary threads get 1.5 MB of stack on Linux (request threads too): recursion that would overflow
    // there overflows here as well instead of hiding behind the test runner's bigger main-thread stack.
    private const int StackSize = 1536 * 1024;

    // Far past the 2 s statement limit, so a loaded machine does not trip it: only a statement that ignores its
    // limit (a loop without a limit check, a lock that is never released) gets here.
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(30);

    // Exceptions that mean a bug even when wrapped in a GraphException (a procedure wraps whatever it throws).
    private static readonly Type[] BugTypes =
    [
        typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException), typeof(KeyNotFoundException),
        typeof(ArgumentOutOfRangeException), typeof(InvalidOperationException), typeof(NotImplementedException), typeof(OutOfMemoryException),
    ];

    // The store of the previous case while it still matches the fuzz graph exactly (same fingerprint, no setup):
    // building a store costs a dozen statement preparations, most cases change nothing, and reuse makes the
    // default run several times faster. A case that ran setup statements or changed the store drops it.
    private EmbeddedGraphStore? _store;
    private string _baseline = string.Empty;

    /// <summary>Runs the case on its own thread; a case that does not finish within the watchdog's time is a failure.</summary>
    public FuzzOutcome Run(FuzzCase fuzzCase)
    {
        FuzzOutcome? outcome = null;
        var thread = new Thread(() => outcome = RunHere(fuzzCase), StackSize) { IsBackground = true, Name = "engine fuzz case" };
        var started = Stopwatch.GetTimestamp();
        thread.Start();
        if (!thread.Join(Watchdog))
        {
            // The thread cannot be stopped (it is a background thread and dies with the test process); its store stays with it.
            _store = null;
            return FuzzOutcome.Failed("hang", $"no answer after {Watchdog.TotalSeconds:0} s (statement limit {Options.Timeout!.Value.TotalSeconds:0} s)");
        }

        return outcome! with { Elapsed = Stopwatch.GetElapsedTime(started) };
    }

    public void Dispose() => Drop();

    private void Drop()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
    }

    private FuzzOutcome RunHere(FuzzCase fuzzCase)
    {
        if (_store is null || fuzzCase.Setup.Count > 0)
        {
            Drop();
            try
            {
                _store = FuzzGraph.Create();
                _baseline = FuzzGraph.Fingerprint(_store);
            }
            catch (Exception e)
            {
                return Failed("the fuzz graph could not be built", e);
            }
        }

        var outcome = RunOn(_store, fuzzCase, _baseline);
        if (outcome.IsFailure || fuzzCase.Setup.Count > 0 || (outcome.ErrorCode is null && Changed(_store, _baseline) is not null))
        {
            Drop();
        }

        return outcome;
    }

    /// <summary>Runs the setup and the statement on <paramref name="store"/>, whose fingerprint is <paramref name="baseline"/>.</summary>
    private static FuzzOutcome RunOn(EmbeddedGraphStore store, FuzzCase fuzzCase, string baseline)
    {
        foreach (var setup in fuzzCase.Setup)
        {
            try
            {
                store.Run(new CypherQuery(setup), AccessMode.Write, Options);
            }
            catch (GraphException)
            {
                // A setup statement may fail on the fuzz graph (a constraint, a type); the case still runs.
            }
            catch (Exception e)
            {
                return Failed($"setup statement threw: {setup.ReplaceLineEndings(" ")}", e);
            }
        }

        var before = baseline;
        try
        {
            if (fuzzCase.Setup.Count > 0)
            {
                before = FuzzGraph.Fingerprint(store);
            }
        }
        catch (Exception e)
        {
            return Failed("the store could not be read after the setup", e);
        }

        GraphException? error = null;
        try
        {
            var result = store.Run(new CypherQuery(fuzzCase.Statement, fuzzCase.Parameters), fuzzCase.Mode, Options);
            if (result.Rows.Count > Options.MaxRows)
            {
                return FuzzOutcome.Failed("row cap", $"{result.Rows.Count} rows returned, more than the cap of {Options.MaxRows}");
            }
        }
        catch (GraphException e)
        {
            // Judged after the catch block: in .NET a catch block runs with the throwing frames still on the stack,
            // and a statement refused for its depth leaves little stack for running more statements in there.
            error = e;
        }
        catch (Exception e)
        {
            return Failed("the statement threw", e);
        }

        if (error is not null)
        {
            if (Judge(error) is { } failure)
            {
                return failure;
            }

            if (Changed(store, before) is { } change)
            {
                return FuzzOutcome.Failed("trace", $"the failed statement ({error.Code}: {error.Message}) changed the store:\n{change}");
            }
        }

        return CheckUsable(store) ?? (error is null ? FuzzOutcome.Result : FuzzOutcome.Error(error.Code));
    }

    /// <summary>A failure when the error has no proper code or hides an engine bug.</summary>
    private static FuzzOutcome? Judge(GraphException e)
    {
        if (!e.Code.StartsWith("Neo.", StringComparison.Ordinal))
        {
            return Failed($"the error has no Neo4j code ({e.Code})", e);
        }

        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (BugTypes.Contains(inner.GetType()))
            {
                return Failed($"the {e.GetType().Name} wraps an engine bug", inner);
            }
        }

        return null;
    }

    private static string? Changed(EmbeddedGraphStore store, string before)
    {
        string after;
        try
        {
            after = FuzzGraph.Fingerprint(store);
        }
        catch (Exception e)
        {
            return $"the store could not be read: {e.GetType().Name}: {e.Message}";
        }

        if (after == before)
        {
            return null;
        }

        var old = before.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = after.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', old.Except(now).Select(l => "  - " + l).Concat(now.Except(old).Select(l => "  + " + l)));
    }

    private static FuzzOutcome? CheckUsable(EmbeddedGraphStore store)
    {
        try
        {
            var one = store.Run(new CypherQuery("RETURN 1 AS one"), AccessMode.Read, Options);
            if (one.Rows is not [[1L]])
            {
                return FuzzOutcome.Failed("unusable", "the store answered RETURN 1 wrongly afterwards");
            }

            store.Run(new CypherQuery("CREATE (n:FuzzProbe) DELETE n"), AccessMode.Write, Options);
            return null;
        }
        catch (Exception e)
        {
            return Failed("the store no longer answers a simple read and write", e);
        }
    }

    private static FuzzOutcome Failed(string what, Exception e)
    {
        var sb = new StringBuilder(what).Append(": ");
        for (var x = e; x is not null; x = x.InnerException)
        {
            sb.Append(x.GetType().FullName).Append(": ").Append(x.Message).Append('\n');
            foreach (var line in (x.StackTrace ?? string.Empty).Split('\n').Take(12))
            {
                sb.Append("    ").Append(line.Trim()).Append('\n');
            }
        }

        return FuzzOutcome.Failed($"{e.GetType().Name} at {ThrowingFrame(e)}", sb.ToString().TrimEnd());
    }

    /// <summary>The innermost frame in the engine's code, to group failures with one cause.</summary>
    private static string ThrowingFrame(Exception e)
    {
        var frames = new StackTrace(e).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Graph.", StringComparison.Ordinal) == true) ?? frames.FirstOrDefault();
        var method = frame?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.Name}.{method.Name}";
    }
}

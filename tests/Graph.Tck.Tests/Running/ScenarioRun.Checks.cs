using System.Globalization;
using Graph.Core.Store;
using Graph.Tck.Tests.Errors;
using Graph.Tck.Tests.SideEffects;

namespace Graph.Tck.Tests.Running;

internal sealed partial class ScenarioRun
{
    private void ExecuteQueryUnderTest(string text)
    {
        var before = TrySnapshot();
        var attempt = executor.Run(new CypherQuery(text, parameters));
        ranQuery = true;
        result = attempt.Result;
        error = attempt.Error;
        if (attempt.TimedOut || attempt.Crash is not null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, DescribeFailure(attempt));
        }

        if (before is null)
        {
            return;
        }

        var after = TrySnapshot();
        if (after is null)
        {
            return;
        }

        sideEffects = GraphSnapshot.Diff(before, after);
        if (result is not null)
        {
            counterNote = CrossCheck(sideEffects, result.Counters);
        }
    }

    private void ExecuteControlQuery(string text)
    {
        var attempt = executor.Run(new CypherQuery(text, parameters));
        if (attempt.Result is null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "control query failed: " + DescribeFailure(attempt));
        }

        result = attempt.Result;
        error = null;
    }

    /// <summary>Reads the graph for side effects; when that fails, records why and returns null.</summary>
    private GraphSnapshot? TrySnapshot()
    {
        QueryResult Run(CypherQuery query)
        {
            var attempt = executor.Run(query);
            return attempt.Result ?? throw new InvalidOperationException($"'{query.Text}' failed: {DescribeFailure(attempt)}");
        }

        try
        {
            return GraphSnapshot.Capture(Run);
        }
        catch (InvalidOperationException e)
        {
            sideEffectsUnknown ??= "snapshot " + e.Message;
            return null;
        }
    }

    private void CheckResult(Func<QueryResult, string?> compare)
    {
        if (!ranQuery)
        {
            throw new FormatException("a result check before any query");
        }

        if (error is not null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "unexpected error: " + TckErrorMapping.Describe(error));
        }

        if (compare(result!) is { } mismatch)
        {
            throw new ScenarioAbort(OutcomeKind.Failed, "result: " + mismatch);
        }
    }

    private void CheckSideEffects(SideEffectCounts expected)
    {
        if (error is not null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "unexpected error: " + TckErrorMapping.Describe(error));
        }

        if (sideEffects is null)
        {
            throw new ScenarioAbort(OutcomeKind.Error, "side effects unknown: " + (sideEffectsUnknown ?? "no query ran"));
        }

        if (sideEffects != expected)
        {
            throw new ScenarioAbort(OutcomeKind.Failed, $"side effects: expected {expected}, observed {sideEffects}");
        }
    }

    private void CheckError(ExpectedError expected)
    {
        if (error is null)
        {
            var got = result is null ? "nothing" : string.Create(CultureInfo.InvariantCulture, $"{result.Rows.Count} row(s)");
            throw new ScenarioAbort(OutcomeKind.Failed, $"expected {expected}, but the query succeeded with {got}");
        }

        if (!TckErrorMapping.Matches(expected, error.Code, error.Detail))
        {
            throw new ScenarioAbort(OutcomeKind.Failed, $"expected {expected}, got {TckErrorMapping.Describe(error)}");
        }

        detailMatched = expected.DetailMatches(error.Detail);

        // A failed statement must leave the graph as it was; check it when the graph could be observed.
        if (sideEffects is not null && sideEffects != SideEffectCounts.None)
        {
            throw new ScenarioAbort(OutcomeKind.Failed, $"the error was raised but the graph changed: {sideEffects}");
        }
    }

    /// <summary>
    /// The counters and the observed change must agree on the net number of nodes and relationships
    /// (created minus deleted). Labels and properties are not comparable: the counters count
    /// assignments, the TCK counts distinct names and (entity, key, value) triples.
    /// </summary>
    internal static string? CrossCheck(SideEffectCounts observed, QueryCounters counters)
    {
        var notes = new List<string>();
        var netNodes = observed.PlusNodes - observed.MinusNodes;
        if (counters.NodesCreated - counters.NodesDeleted != netNodes)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"nodes: counters say +{counters.NodesCreated} -{counters.NodesDeleted}, graph changed by {netNodes}"));
        }

        var netRelationships = observed.PlusRelationships - observed.MinusRelationships;
        if (counters.RelationshipsCreated - counters.RelationshipsDeleted != netRelationships)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"relationships: counters say +{counters.RelationshipsCreated} -{counters.RelationshipsDeleted}, graph changed by {netRelationships}"));
        }

        return notes.Count == 0 ? null : string.Join("; ", notes);
    }
}

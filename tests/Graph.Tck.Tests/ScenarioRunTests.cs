using Graph.Core.Store;
using Graph.Tck.Tests.Gherkin;
using Graph.Tck.Tests.Running;
using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests;

public sealed partial class ScenarioRunTests
{
    private static ScenarioOutcome Run(string steps, ScriptedStore store, string graphsDirectory = "", string tags = "")
    {
        var text = $"Feature: Test\n\n  {tags}\n  Scenario: [1] scenario\n{steps}";
        var scenario = ScenarioExpander.Expand("clauses/test/Test1.feature", GherkinParser.Parse(text)).Single();
        using var run = new ScenarioRun(scenario, graphsDirectory, TimeSpan.FromSeconds(10), store, store.Procedures.Add);
        return run.Execute();
    }

    private const string ReadScenario =
        """"
            Given any graph
            When executing query:
              """
              RETURN 1 AS x
              """
            Then the result should be, in any order:
              | x |
              | 1 |
            And no side effects
        """";

    [Fact]
    public void A_matching_result_without_side_effects_passes()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN 1 AS x"] = () => ScriptedStore.Rows(["x"], [1L]);

        var outcome = Run(ReadScenario, store);

        Assert.Equal(OutcomeKind.Passed, outcome.Kind);
        Assert.Equal("clauses/test/Test1.feature#[1]", outcome.Id);
        Assert.Equal("clauses/test", outcome.Folder);
    }

    [Fact]
    public void A_wrong_result_fails_with_the_difference()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN 1 AS x"] = () => ScriptedStore.Rows(["x"], [1.0]);

        var outcome = Run(ReadScenario, store);

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("result: expected 1 rows, got 1; missing 1: (1)", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_where_a_result_is_expected_is_an_error_outcome()
    {
        var outcome = Run(ReadScenario, new ScriptedStore());

        Assert.Equal(OutcomeKind.Error, outcome.Kind);
        Assert.StartsWith("unexpected error: Neo.ClientError.Statement.FeatureNotSupported", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_effect_the_scenario_does_not_list_fails_it()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN 1 AS x"] = () =>
        {
            store.AddNode(["Sneaky"]);
            return ScriptedStore.Rows(["x"], [1L]);
        };

        var outcome = Run(ReadScenario, store);

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.Equal("side effects: expected none, observed +nodes 1, +labels 1", outcome.Reason);
    }

    [Fact]
    public void Unknown_side_effects_are_an_error_not_a_pass()
    {
        var store = new ScriptedStore { SnapshotsFail = true };
        store.Responses["RETURN 1 AS x"] = () => ScriptedStore.Rows(["x"], [1L]);

        var outcome = Run(ReadScenario, store);

        Assert.Equal(OutcomeKind.Error, outcome.Kind);
        Assert.StartsWith("side effects unknown: snapshot 'MATCH (n) RETURN n' failed", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_are_checked_against_the_listed_side_effects_and_a_control_query()
    {
        var store = new ScriptedStore();
        store.Responses["CREATE (:A {name: 'a'})"] = () =>
        {
            store.AddNode(["A"], ("name", "a"));
            return new QueryResult([], [], new QueryCounters { NodesCreated = 1, LabelsAdded = 1, PropertiesSet = 1 });
        };
        store.Responses["MATCH (a:A) RETURN a"] = () => ScriptedStore.Rows(["a"], [store.Nodes[0]]);
        var steps =
            """"
                Given an empty graph
                When executing query:
                  """
                  CREATE (:A {name: 'a'})
                  """
                Then the result should be empty
                And the side effects should be:
                  | +nodes      | 1 |
                  | +labels     | 1 |
                  | +properties | 1 |
                When executing control query:
                  """
                  MATCH (a:A) RETURN a
                  """
                Then the result should be, in any order:
                  | a                |
                  | (:A {name: 'a'}) |
            """";

        var outcome = Run(steps, store);

        Assert.Equal(OutcomeKind.Passed, outcome.Kind);
        Assert.Null(outcome.CounterNote);
    }

    [Fact]
    public void Counters_that_disagree_with_the_graph_are_noted_without_failing()
    {
        var store = new ScriptedStore();
        store.Responses["CREATE ()"] = () =>
        {
            store.AddNode([]);
            return ScriptedStore.Rows([]);
        };
        var steps =
            """"
                Given an empty graph
                When executing query:
                  """
                  CREATE ()
                  """
                Then the result should be empty
                And the side effects should be:
                  | +nodes | 1 |
            """";

        var outcome = Run(steps, store);

        Assert.Equal(OutcomeKind.Passed, outcome.Kind);
        Assert.StartsWith("nodes: counters say +0 -0, graph changed by 1", outcome.CounterNote, StringComparison.Ordinal);
    }
}

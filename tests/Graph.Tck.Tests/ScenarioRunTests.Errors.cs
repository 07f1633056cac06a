using Graph.Core.Errors;
using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests;

public sealed partial class ScenarioRunTests
{
    private const string ErrorScenario =
        """"
            Given any graph
            When executing query:
              """
              RETURN x
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable
        """";

    [Theory]
    [InlineData("UndefinedVariable", true)]
    [InlineData("VariableTypeConflict", false)]
    [InlineData(null, false)]
    public void The_right_error_type_passes_and_the_detail_is_recorded(string? detail, bool detailMatched)
    {
        var store = new ScriptedStore();
        store.Responses["RETURN x"] = () => throw new CypherSemanticException("Variable `x` not defined", detail);

        var outcome = Run(ErrorScenario, store);

        Assert.Equal(OutcomeKind.Passed, outcome.Kind);
        Assert.Equal(detailMatched, outcome.ErrorDetailMatched);
    }

    [Fact]
    public void The_wrong_error_type_fails()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN x"] = () => throw new CypherTypeException("bad type", "InvalidArgumentType");

        var outcome = Run(ErrorScenario, store);

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("expected SyntaxError at compile time: UndefinedVariable, got Neo.ClientError.Statement.TypeError", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Succeeding_where_an_error_is_expected_fails()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN x"] = () => ScriptedStore.Rows(["x"], [[null]]);

        var outcome = Run(ErrorScenario, store);

        Assert.Equal(OutcomeKind.Failed, outcome.Kind);
        Assert.EndsWith("but the query succeeded with 1 row(s)", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_crash_is_an_error_outcome()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN x"] = () => throw new InvalidCastException("boom");

        var outcome = Run(ErrorScenario, store);

        Assert.Equal(OutcomeKind.Error, outcome.Kind);
        Assert.Equal("engine crashed: InvalidCastException: boom", outcome.Reason);
    }

    [Fact]
    public void A_failed_setup_query_is_an_error_outcome()
    {
        var steps =
            """"
                Given an empty graph
                And having executed:
                  """
                  CREATE (:A)
                  """
                When executing query:
                  """
                  RETURN x
                  """
                Then a SyntaxError should be raised at compile time: UndefinedVariable
            """";

        var outcome = Run(steps, new ScriptedStore());

        Assert.Equal(OutcomeKind.Error, outcome.Kind);
        Assert.StartsWith("setup query failed: Neo.ClientError.Statement.FeatureNotSupported", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_reach_the_engine_as_plain_values()
    {
        var store = new ScriptedStore();
        store.Responses["RETURN $p AS p"] = () => ScriptedStore.Rows(["p"], [store.Log[^1].Parameters["p"]]);
        var steps =
            """"
                Given any graph
                And parameters are:
                  | p | [1, {a: 'x'}] |
                When executing query:
                  """
                  RETURN $p AS p
                  """
                Then the result should be, in any order:
                  | p             |
                  | [1, {a: 'x'}] |
            """";

        Assert.Equal(OutcomeKind.Passed, Run(steps, store).Kind);
        Assert.IsType<List<object?>>(store.Log.Single(q => q.Text == "RETURN $p AS p").Parameters["p"]);
    }

    [Fact]
    public void Declared_procedures_are_registered()
    {
        var store = new ScriptedStore();
        store.Responses["CALL test.labels()"] = () => ScriptedStore.Rows(["label"], [.. store.Procedures[0].Invoke(null!, [])]);
        var steps =
            """"
                Given an empty graph
                And there exists a procedure test.labels() :: (label :: STRING?):
                  | label |
                  | 'A'   |
                When executing query:
                  """
                  CALL test.labels()
                  """
                Then the result should be, in order:
                  | label |
                  | 'A'   |
            """";

        Assert.Equal(OutcomeKind.Passed, Run(steps, store).Kind);
        Assert.Equal("test.labels", Assert.Single(store.Procedures).Name);
    }

    [Fact]
    public void A_named_graph_runs_each_statement_of_its_script()
    {
        var graphs = Directory.CreateTempSubdirectory("tck-graphs-");
        try
        {
            Directory.CreateDirectory(Path.Combine(graphs.FullName, "tiny"));
            File.WriteAllText(Path.Combine(graphs.FullName, "tiny", "tiny.cypher"), "CREATE (:A);\nCREATE (:B);\n");
            var store = new ScriptedStore();
            store.Responses["CREATE (:A)"] = () => ScriptedStore.Rows([]);
            store.Responses["CREATE (:B)"] = () => ScriptedStore.Rows([]);
            store.Responses["RETURN x"] = () => throw new CypherSyntaxException("x", 1, 8, 7, "UndefinedVariable");

            var outcome = Run("    Given the tiny graph\n" + ErrorScenario.Replace("Given any graph", "And any graph", StringComparison.Ordinal), store, graphs.FullName);

            Assert.Equal(OutcomeKind.Passed, outcome.Kind);
            Assert.Equal(["CREATE (:A)", "CREATE (:B)"], store.Log.Take(2).Select(q => q.Text));
        }
        finally
        {
            graphs.Delete(recursive: true);
        }
    }

    [Fact]
    public void Scenarios_ignored_upstream_are_not_run()
    {
        var store = new ScriptedStore();

        var outcome = Run(ReadScenario, store, tags: "@ignore");

        Assert.Equal(OutcomeKind.Ignored, outcome.Kind);
        Assert.Empty(store.Log);
    }
}

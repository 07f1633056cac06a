using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests;

/// <summary>
/// openCypher TCK — Expressions: every scenario under expressions/ except temporal (its own class, for parallelism). One test per expanded scenario; see docs/tck.md.
/// Test classes run in parallel with each other, so the TCK is split into a few classes.
/// </summary>
public sealed class ExpressionScenarioTests : IClassFixture<TckRunFixture>
{
    public static TheoryData<string> Scenarios => ScenarioCheck.Ids(["expressions/"], ["expressions/temporal/"]);

    [SkippableTheory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_behaves_as_the_TCK_specifies(string id) => Assert.Null(ScenarioCheck.Regression(id));
}

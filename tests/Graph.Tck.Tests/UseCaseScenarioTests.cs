using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests;

/// <summary>
/// openCypher TCK — Use cases: every scenario under useCases/. One test per expanded scenario; see docs/tck.md.
/// Test classes run in parallel with each other, so the TCK is split into a few classes.
/// </summary>
public sealed class UseCaseScenarioTests : IClassFixture<TckRunFixture>
{
    public static TheoryData<string> Scenarios => ScenarioCheck.Ids(["useCases/"], null);

    [SkippableTheory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_behaves_as_the_TCK_specifies(string id) => Assert.Null(ScenarioCheck.Regression(id));
}

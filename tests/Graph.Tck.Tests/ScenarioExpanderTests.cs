using Graph.Tck.Tests.Gherkin;
using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests;

public sealed class ScenarioExpanderTests
{
    private const string Feature =
        """"
        Feature: Call9 - Sample

          Background:
            Given an empty graph

          Scenario: [1] Plain
            When executing query:
              """
              RETURN 1 AS x
              """
            Then the result should be, in any order:
              | x |
              | 1 |

          Scenario Outline: [2] Outline
            And parameters are:
              | p | <param> |
            When executing query:
              """
              MATCH (a)<-[:T]-(b) RETURN <expr> AS <name>
              """
            Then the result should be, in order:
              | <name>   |
              | <result> |

            Examples:
              | param | expr  | name | result |
              | 1     | $p    | one  | 1      |
            Examples:
              | param | expr  | name | result |
              | 'x'   | $p    | two  | 'x'    |
        """";

    private static List<TckScenario> Expand() =>
        ScenarioExpander.Expand("clauses/call/Call9.feature", GherkinParser.Parse(Feature)).ToList();

    [Fact]
    public void A_plain_scenario_is_identified_by_file_and_number()
    {
        var scenario = Expand()[0];

        Assert.Equal("clauses/call/Call9.feature#[1]", scenario.Id);
        Assert.Equal("clauses/call", scenario.Folder);
    }

    [Fact]
    public void Outline_rows_are_numbered_across_examples_blocks()
    {
        Assert.Equal(
            ["clauses/call/Call9.feature#[1]", "clauses/call/Call9.feature#[2]/row-1", "clauses/call/Call9.feature#[2]/row-2"],
            Expand().Select(s => s.Id));
    }

    [Fact]
    public void The_background_comes_first_in_every_scenario()
    {
        Assert.All(Expand(), s => Assert.Equal("an empty graph", s.Steps[0].Text));
    }

    [Fact]
    public void Placeholders_are_substituted_into_query_parameters_and_tables()
    {
        var row2 = Expand()[2];

        Assert.Equal(["p", "'x'"], row2.Steps[1].Table![0]);
        Assert.Equal("MATCH (a)<-[:T]-(b) RETURN $p AS two", row2.Steps[2].DocString);
        Assert.Equal(["two"], row2.Steps[3].Table![0]);
        Assert.Equal(["'x'"], row2.Steps[3].Table![1]);
    }

    [Fact]
    public void Angle_brackets_that_are_not_placeholders_stay()
    {
        Assert.Equal("<-[:T]- <x> 1", ScenarioExpander.Substitute("<-[:T]- <x> <a>", [("a", "1")]));
    }
}

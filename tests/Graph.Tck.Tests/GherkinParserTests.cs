using Graph.Tck.Tests.Gherkin;

namespace Graph.Tck.Tests;

public sealed class GherkinParserTests
{
    private const string Feature =
        """"
        #
        # Licence header comment
        #
        #encoding: utf-8

        Feature: Match9 - Sample feature

          Background:
            Given an empty graph

          @skipGrammarCheck
          Scenario: [1] A plain scenario
            And having executed:
              """
              CREATE (:A {name: 'a'})
                -[:T]->(:B)
              """
            When executing query:
              """
              MATCH (n) RETURN n
              """
            # a comment between steps
            Then the result should be, in any order:
              | n                | x    |
              | (:A {name: 'a'}) | 'a\|b' |
              | 'back\\slash'    | '\n' |
            And no side effects

          Scenario Outline: [2] An outline
            When executing query:
              """
              RETURN <value> AS v
              """
            Then the result should be, in any order:
              | v       |
              | <value> |

            Examples:
              | value |
              | 1     |
              | 'a'   |

            Examples:
              | value |
              | null  |
        """";

    [Fact]
    public void A_feature_has_its_name_background_and_scenarios()
    {
        var feature = GherkinParser.Parse(Feature);

        Assert.Equal("Match9 - Sample feature", feature.Name);
        Assert.Equal("an empty graph", Assert.Single(feature.Background).Text);
        Assert.Equal(["[1] A plain scenario", "[2] An outline"], feature.Scenarios.Select(s => s.Name));
    }

    [Fact]
    public void Tags_attach_to_the_next_scenario_only()
    {
        var feature = GherkinParser.Parse(Feature);

        Assert.Equal(["@skipGrammarCheck"], feature.Scenarios[0].Tags);
        Assert.Empty(feature.Scenarios[1].Tags);
    }

    [Fact]
    public void Docstrings_lose_the_delimiter_indentation_but_keep_their_own()
    {
        var step = GherkinParser.Parse(Feature).Scenarios[0].Steps[0];

        Assert.Equal("having executed:", step.Text);
        Assert.Equal("And", step.Keyword);
        Assert.Equal("CREATE (:A {name: 'a'})\n  -[:T]->(:B)", step.DocString);
    }

    [Fact]
    public void Table_cells_are_trimmed_and_unescaped()
    {
        var table = GherkinParser.Parse(Feature).Scenarios[0].Steps[2].Table!;

        Assert.Equal(["n", "x"], table[0]);
        Assert.Equal(["(:A {name: 'a'})", "'a|b'"], table[1]);
        Assert.Equal(["'back\\slash'", "'\n'"], table[2]);
    }

    [Fact]
    public void Outline_examples_blocks_are_kept_in_order()
    {
        var outline = GherkinParser.Parse(Feature).Scenarios[1];

        Assert.True(outline.IsOutline);
        Assert.Equal(2, outline.Examples.Count);
        Assert.Equal(["1", "'a'"], outline.Examples[0].Rows.Select(r => r[0]));
        Assert.Equal("null", Assert.Single(outline.Examples[1].Rows)[0]);
    }

    [Fact]
    public void Unknown_backslash_escapes_are_left_for_the_value_notation()
    {
        var text = "Feature: F\n  Scenario: [1] s\n    Then the result should be, in any order:\n      | a | b |\n      | '\\'' | 'a\\tb' |\n";

        var table = GherkinParser.Parse(text).Scenarios[0].Steps[0].Table!;

        Assert.Equal([@"'\''", @"'a\tb'"], table[1]);
    }

    [Fact]
    public void An_unclosed_docstring_is_reported_with_the_file_and_a_line()
    {
        var text = "Feature: F\n  Scenario: [1] s\n    When executing query:\n      \"\"\"\n      RETURN 1\n";

        var error = Assert.Throws<FormatException>(() => GherkinParser.Parse(text, "F.feature"));
        Assert.Matches(@"^F\.feature:[1-9][0-9]*: ", error.Message);
    }

    [Fact]
    public void A_table_with_a_short_row_is_rejected_with_its_line()
    {
        var text = "Feature: F\n  Scenario: [1] s\n    Then the result should be, in any order:\n      | a | b |\n      | 1 |\n";

        var error = Assert.Throws<FormatException>(() => GherkinParser.Parse(text, "F.feature"));
        Assert.StartsWith("F.feature:5: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_is_refused_rather_than_its_scenarios_skipped()
    {
        var text = "Feature: F\n  Rule: R\n    Scenario: [1] s\n      Given an empty graph\n";

        var error = Assert.Throws<FormatException>(() => GherkinParser.Parse(text, "F.feature"));
        Assert.StartsWith("F.feature:2: 'Rule'", error.Message, StringComparison.Ordinal);
    }
}

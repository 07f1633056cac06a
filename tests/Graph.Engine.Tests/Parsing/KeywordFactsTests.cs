using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

public sealed class KeywordFactsTests
{
    [Theory]
    [InlineData("MATCH")]
    [InlineData("match")]
    [InlineData("Return")]
    [InlineData("DETACH")]
    public void Clause_keywords_are_known_in_any_case(string word)
    {
        Assert.True(KeywordFacts.IsClauseKeyword(word));
        Assert.True(KeywordFacts.IsKeyword(word));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("企业")]
    [InlineData("toUpper")]
    public void Ordinary_names_are_not_keywords(string word) => Assert.False(KeywordFacts.IsKeyword(word));

    [Theory]
    [InlineData('—', true)]
    [InlineData('–', true)]
    [InlineData('−', true)]
    [InlineData('-', false)]
    [InlineData('中', false)]
    public void Look_alike_dashes_are_flagged(char c, bool expected) => Assert.Equal(expected, KeywordFacts.IsLookAlikeSymbol(c));
}

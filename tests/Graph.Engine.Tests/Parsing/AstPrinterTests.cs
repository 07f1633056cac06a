using Graph.Core.Errors;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

public sealed class AstPrinterTests
{
    [SkippableFact]
    public void Printing_every_parsed_TCK_query_reaches_a_fixpoint()
    {
        Skip.If(TckCorpus.Directory is null, "the openCypher TCK is not on this machine (set GRAPH_TCK_DIR)");
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var query in TckCorpus.Queries)
        {
            string printed;
            try
            {
                printed = AstPrinter.Print(CypherParser.Parse(query.Text));
            }
            catch (CypherSyntaxException)
            {
                continue;
            }

            if (printed.Contains("UNSUPPORTED(", StringComparison.Ordinal))
            {
                continue;
            }

            checkedCount++;
            try
            {
                var again = AstPrinter.Print(CypherParser.Parse(printed));
                if (again != printed)
                {
                    failures.Add($"{query.Id}:\n  {printed}\n  {again}");
                }
            }
            catch (CypherSyntaxException e)
            {
                failures.Add($"{query.Id}: printed text does not parse: {e.Message}\n  {printed}");
            }
        }

        Assert.True(checkedCount > 3000, $"only {checkedCount} queries checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("match (n:A:B {x:1}) where n.y>1 return n", "MATCH (n:A:B {x: 1}) WHERE n.y > 1 RETURN n")]
    [InlineData("MATCH (n:A&(B|C)) RETURN n:!D", "MATCH (n:A&(B|C)) RETURN n:!D")]
    [InlineData("MATCH (n) WHERE n:A|B RETURN [x IN [n] WHERE x:A|:B | x.name]", "MATCH (n) WHERE n:(A|B) RETURN [x IN [n] WHERE x:(A|B) | x.name]")]
    [InlineData("RETURN (1 + 2) * 3, 1 + 2 * 3, (1 < 2) = true, -(2 ^ 2), (-2) ^ 2", "RETURN (1 + 2) * 3, 1 + 2 * 3, (1 < 2) = true, -(2 ^ 2), -2 ^ 2")]
    [InlineData("RETURN 1.0, 1e20, \"it's\"", "RETURN 1.0, 1E+20, 'it\\'s'")]
    [InlineData("MATCH p=(a)<-[r:T|U*2..]-(b) RETURN p", "MATCH p = (a)<-[r:T|U*2..]-(b) RETURN p")]
    [InlineData("RETURN `null`, `a b`, `match`", "RETURN `null`, `a b`, `match`")]
    public void Printing_is_canonical(string query, string expected) =>
        Assert.Equal(expected, AstPrinter.Print(CypherParser.Parse(query)));
}

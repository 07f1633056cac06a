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
}

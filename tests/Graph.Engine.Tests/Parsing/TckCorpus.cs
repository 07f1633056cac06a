using System.Text.RegularExpressions;

namespace Graph.Engine.Tests.Parsing;

/// <summary>
/// Every query of the openCypher TCK feature files (<c>GRAPH_TCK_DIR</c>, else the nearest <c>shared/tck</c> above the
/// repository): the docstrings after <c>When executing query:</c>, <c>having executed:</c> and <c>executing control query:</c>,
/// with Scenario Outline rows substituted.
/// </summary>
internal static partial class TckCorpus
{
    private static readonly Lazy<string?> DirectoryLazy = new(FindDirectory);
    private static readonly Lazy<IReadOnlyList<TckQuery>> QueriesLazy = new(Load);

    public static string? Directory => DirectoryLazy.Value;

    public static IReadOnlyList<TckQuery> Queries => QueriesLazy.Value;

    private static string? FindDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("GRAPH_TCK_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(Path.Combine(configured, "features")) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "tck");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "features")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<TckQuery> Load()
    {
        var result = new List<TckQuery>();
        if (Directory is not { } root)
        {
            return result;
        }

        var features = Path.Combine(root, "features");
        foreach (var file in System.IO.Directory.EnumerateFiles(features, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(features, file).Replace('\\', '/');
            result.AddRange(ReadFeature(name, File.ReadAllLines(file)));
        }

        return result;
    }

    private static IEnumerable<TckQuery> ReadFeature(string file, string[] lines)
    {
        Scenario? scenario = null;
        var scenarios = new List<Scenario>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                var number = NumberPattern().Match(line);
                scenario = new Scenario($"{file}#{(number.Success ? number.Value : line)}");
                scenarios.Add(scenario);
            }
            else if (scenario is not null && IsQueryStep(line))
            {
                var setup = !line.StartsWith("When executing query", StringComparison.Ordinal);
                var indent = lines[i + 1].Length - lines[i + 1].TrimStart().Length;
                var body = new List<string>();
                for (i += 2; lines[i].Trim() != "\"\"\""; i++)
                {
                    var text = lines[i];
                    var strip = Math.Min(indent, text.Length - text.TrimStart().Length);
                    body.Add(text[strip..]);
                }

                scenario.Queries.Add((string.Join('\n', body), setup));
            }
            else if (scenario is not null && ErrorPattern().Match(line) is { Success: true } error)
            {
                scenario.ErrorType = error.Groups[1].Value;
                scenario.ErrorDetail = error.Groups[2].Value.Trim();
            }
            else if (scenario is not null && line.StartsWith("Examples:", StringComparison.Ordinal))
            {
                string[]? header = null;
                for (i++; i < lines.Length && lines[i].Trim().StartsWith('|'); i++)
                {
                    var cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                    if (header is null)
                    {
                        header = cells;
                    }
                    else
                    {
                        scenario.Rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
                    }
                }

                i--;
            }
        }

        foreach (var s in scenarios)
        {
            var rows = s.Rows.Count == 0 ? [null] : s.Rows.Cast<Dictionary<string, string>?>().ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var id = rows[r] is null ? s.Id : $"{s.Id}/row-{r}";
                var q = 0;
                foreach (var (text, setup) in s.Queries)
                {
                    var substituted = rows[r] is { } row
                        ? row.Aggregate(text, (acc, cell) => acc.Replace($"<{cell.Key}>", cell.Value, StringComparison.Ordinal))
                        : text;
                    yield return new TckQuery($"{id}/q{q++}", substituted, setup, s.ErrorType, s.ErrorDetail);
                }
            }
        }
    }

    private static bool IsQueryStep(string line) =>
        line is "When executing query:" or "And having executed:" or "Given having executed:" or "When executing control query:";

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^Then an? (\w+) should be raised at [^:]+: (.+)$")]
    private static partial Regex ErrorPattern();

    private sealed class Scenario(string id)
    {
        public string Id { get; } = id;

        public List<(string Text, bool Setup)> Queries { get; } = [];

        public List<Dictionary<string, string>> Rows { get; } = [];

        public string? ErrorType { get; set; }

        public string? ErrorDetail { get; set; }
    }
}

using System.Text.RegularExpressions;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>Reads openCypher TCK feature files into expanded scenarios (outline placeholders substituted).</summary>
internal static partial class TckFeatureReader
{
    /// <summary>The TCK features folder: GRAPH_TCK_DIR, else the shared checkout, else null.</summary>
    public static string? FeaturesDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("GRAPH_TCK_DIR");
            foreach (var candidate in new[] { configured, "/work/shared/tck" })
            {
                if (candidate is not null && Directory.Exists(Path.Combine(candidate, "features")))
                {
                    return Path.Combine(candidate, "features");
                }
            }

            return null;
        }
    }

    public static IEnumerable<TckScenario> Read(string path, string idPrefix)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var header = ScenarioHeader().Match(lines[i]);
            if (!header.Success)
            {
                continue;
            }

            var number = header.Groups["n"].Value;
            var end = i + 1;
            while (end < lines.Length && !ScenarioHeader().IsMatch(lines[end]))
            {
                end++;
            }

            foreach (var scenario in Expand(idPrefix + "#[" + number + "]", lines[(i + 1)..end]))
            {
                yield return scenario;
            }

            i = end - 1;
        }
    }

    private static IEnumerable<TckScenario> Expand(string id, string[] body)
    {
        var examplesAt = Array.FindIndex(body, l => l.Trim().StartsWith("Examples:", StringComparison.Ordinal));
        var steps = examplesAt < 0 ? body : body[..examplesAt];
        if (examplesAt < 0)
        {
            yield return Parse(id, steps);
            yield break;
        }

        var rows = body[examplesAt..].Where(l => l.Trim().StartsWith('|')).Select(Cells).ToList();
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].SequenceEqual(rows[0]))
            {
                continue;
            }

            var values = rows[0].Zip(rows[r]).ToList();
            var substituted = steps.Select(line => values.Aggregate(line, (text, v) => text.Replace("<" + v.First + ">", v.Second, StringComparison.Ordinal))).ToArray();
            yield return Parse($"{id}/row-{r}", substituted);
        }
    }

    private static TckScenario Parse(string id, string[] steps)
    {
        var setup = new List<string>();
        var parameters = new List<(string, string)>();
        var query = string.Empty;
        var outcome = string.Empty;
        var table = new List<string[]>();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i].Trim();
            if (step.StartsWith("And having executed:", StringComparison.Ordinal))
            {
                setup.Add(DocString(steps, ref i));
            }
            else if (step.StartsWith("When executing query:", StringComparison.Ordinal))
            {
                query = DocString(steps, ref i);
            }
            else if (step.StartsWith("When executing control query:", StringComparison.Ordinal))
            {
                // The control query checks what the main query left behind: run the main one as setup.
                setup.Add(query);
                query = DocString(steps, ref i);
                outcome = string.Empty;
            }
            else if (step.StartsWith("And parameters are:", StringComparison.Ordinal))
            {
                foreach (var row in Table(steps, ref i))
                {
                    parameters.Add((row[0], row[1]));
                }
            }
            else if (step.StartsWith("Then the result should be empty", StringComparison.Ordinal))
            {
                outcome = "empty";
            }
            else if (step.StartsWith("Then the result should be", StringComparison.Ordinal))
            {
                outcome = step.Contains("ignoring element order", StringComparison.Ordinal) ? "ignoring list order"
                    : step.Contains("in order", StringComparison.Ordinal) ? "in order" : "any order";
                table = Table(steps, ref i);
            }
            else if (ErrorStep().Match(step) is { Success: true } error)
            {
                outcome = $"error:{error.Groups["type"].Value}:{error.Groups["phase"].Value}:{error.Groups["detail"].Value}";
            }
            else if (step.StartsWith("Given the ", StringComparison.Ordinal) || step.StartsWith("And there exists a procedure", StringComparison.Ordinal))
            {
                outcome = "unsupported";
                break;
            }
        }

        return new TckScenario(id, setup, parameters, query, outcome, table);
    }

    private static string DocString(string[] steps, ref int i)
    {
        i++;
        var indent = steps[i].IndexOf('"', StringComparison.Ordinal);
        var text = new List<string>();
        for (i++; steps[i].Trim() != "\"\"\""; i++)
        {
            text.Add(steps[i].Length > indent ? steps[i][indent..] : steps[i].TrimStart());
        }

        return string.Join('\n', text);
    }

    private static List<string[]> Table(string[] steps, ref int i)
    {
        var rows = new List<string[]>();
        while (i + 1 < steps.Length && steps[i + 1].Trim().StartsWith('|'))
        {
            rows.Add(Cells(steps[++i]));
        }

        return rows;
    }

    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 1; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] is '|' or '\\' or 'n')
            {
                // Gherkin table escapes: \| for a bar, \\ for a backslash, \n for a newline.
                current.Append(trimmed[i + 1] == 'n' ? '\n' : trimmed[i + 1]);
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(trimmed[i]);
            }
        }

        return cells.ToArray();
    }

    [GeneratedRegex(@"^\s*Scenario(?: Outline)?: \[(?<n>\d+)\]")]
    private static partial Regex ScenarioHeader();

    [GeneratedRegex(@"^Then an? (?<type>\w+) should be raised at (?<phase>[\w ]+?): (?<detail>\S+)")]
    private static partial Regex ErrorStep();
}

using System.Globalization;

namespace Graph.Tck.Tests.Gherkin;

internal static partial class GherkinParser
{
    /// <summary>The parse in progress: the feature being built and the block (background, scenario, examples) lines attach to.</summary>
    private sealed class ParseState(string source)
    {
        private readonly List<GherkinStep> background = [];
        private readonly List<GherkinScenario> scenarios = [];
        private string? featureName;
        private List<string> featureTags = [];
        private ScenarioBuilder? scenario;
        private bool inBackground;

        public List<string> PendingTags { get; } = [];

        public void StartFeature(string name, int line)
        {
            if (featureName is not null)
            {
                throw Error(line, "a file holds one Feature");
            }

            featureName = name;
            featureTags = [.. PendingTags];
            PendingTags.Clear();
        }

        public void StartBackground(int line)
        {
            RequireFeature(line);
            if (scenario is not null || background.Count > 0)
            {
                throw Error(line, "Background comes once, before the scenarios");
            }

            inBackground = true;
        }

        public void StartScenario(string name, bool isOutline, int line)
        {
            RequireFeature(line);
            CloseScenario();
            inBackground = false;
            scenario = new ScenarioBuilder(name, [.. PendingTags], isOutline, line);
            PendingTags.Clear();
        }

        public void StartExamples(int line)
        {
            if (scenario is not { IsOutline: true })
            {
                throw Error(line, "Examples belong to a Scenario Outline");
            }

            // Tags on an Examples block are not used by the TCK; they are dropped.
            PendingTags.Clear();
            scenario.Examples.Add(new ExamplesBuilder());
        }

        public void AddStep(string keyword, string text, int line)
        {
            var step = new GherkinStep(keyword, text, null, null, line);
            if (inBackground)
            {
                background.Add(step);
            }
            else if (scenario is not null && scenario.Examples.Count == 0)
            {
                scenario.Steps.Add(step);
            }
            else
            {
                throw Error(line, "a step outside a scenario or background");
            }
        }

        public void SetDocString(string content, int line)
        {
            var steps = CurrentSteps(line);
            var last = steps[^1];
            if (last.DocString is not null || last.Table is not null)
            {
                throw Error(line, "a step has at most one argument");
            }

            steps[^1] = last with { DocString = content };
        }

        public void AddTableRow(IReadOnlyList<string> cells, int line)
        {
            if (scenario is { Examples.Count: > 0 } && !inBackground)
            {
                var examples = scenario.Examples[^1];
                if (examples.Header is null)
                {
                    examples.Header = cells;
                }
                else
                {
                    if (cells.Count != examples.Header.Count)
                    {
                        throw Error(line, "an Examples row has as many cells as its header");
                    }

                    examples.Rows.Add(cells);
                }

                return;
            }

            var steps = CurrentSteps(line);
            var last = steps[^1];
            if (last.DocString is not null)
            {
                throw Error(line, "a step has at most one argument");
            }

            var rows = last.Table is null ? [] : new List<IReadOnlyList<string>>(last.Table);
            rows.Add(cells);
            steps[^1] = last with { Table = rows };
        }

        public GherkinFeature Finish()
        {
            if (featureName is null)
            {
                throw Error(1, "no Feature");
            }

            CloseScenario();
            return new GherkinFeature(featureName, featureTags, background, scenarios);
        }

        public FormatException Error(int line, string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"));

        private List<GherkinStep> CurrentSteps(int line)
        {
            var steps = inBackground ? background : scenario?.Steps;
            if (steps is null || steps.Count == 0)
            {
                throw Error(line, "a docstring or table follows a step");
            }

            return steps;
        }

        private void RequireFeature(int line)
        {
            if (featureName is null)
            {
                throw Error(line, "Feature comes first");
            }
        }

        private void CloseScenario()
        {
            if (scenario is null)
            {
                return;
            }

            var examples = new List<GherkinExamples>();
            foreach (var block in scenario.Examples)
            {
                if (block.Header is null)
                {
                    throw Error(scenario.Line, "an Examples block has a header row");
                }

                examples.Add(new GherkinExamples(block.Header, block.Rows));
            }

            if (scenario.IsOutline && examples.Count == 0)
            {
                throw Error(scenario.Line, "a Scenario Outline has Examples");
            }

            scenarios.Add(new GherkinScenario(scenario.Name, scenario.Tags, scenario.Steps, scenario.IsOutline, examples, scenario.Line));
            scenario = null;
        }

        private sealed class ScenarioBuilder(string name, List<string> tags, bool isOutline, int line)
        {
            public string Name => name;

            public List<string> Tags => tags;

            public bool IsOutline => isOutline;

            public int Line => line;

            public List<GherkinStep> Steps { get; } = [];

            public List<ExamplesBuilder> Examples { get; } = [];
        }

        private sealed class ExamplesBuilder
        {
            public IReadOnlyList<string>? Header { get; set; }

            public List<IReadOnlyList<string>> Rows { get; } = [];
        }
    }
}

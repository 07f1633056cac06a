namespace Graph.Tck.Tests.Running;

/// <summary>Scenario counts for one folder (or an aggregate of folders). <see cref="PassPercent"/> is of all scenarios, run or not.</summary>
internal sealed record FolderStats(string Folder, int Total, int Passed, int Failed, int Error, int Ignored, int NotRun)
{
    public double PassPercent => Total == 0 ? 0 : Math.Round(100.0 * Passed / Total, 1);

    public static FolderStats Of(string folder, IEnumerable<(string Folder, ScenarioOutcome? Outcome)> scenarios)
    {
        int total = 0, passed = 0, failed = 0, error = 0, ignored = 0, notRun = 0;
        foreach (var (_, outcome) in scenarios)
        {
            total++;
            switch (outcome?.Kind)
            {
                case null: notRun++; break;
                case OutcomeKind.Passed: passed++; break;
                case OutcomeKind.Failed: failed++; break;
                case OutcomeKind.Error: error++; break;
                case OutcomeKind.Ignored: ignored++; break;
            }
        }

        return new FolderStats(folder, total, passed, failed, error, ignored, notRun);
    }
}

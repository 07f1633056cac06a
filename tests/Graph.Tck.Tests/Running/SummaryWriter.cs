using Graph.Tck.Tests.Scenarios;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// Writes <c>artifacts/tck/summary.json</c> and <c>summary.md</c> from the outcomes recorded so far, and
/// rewrites the allow-list when <see cref="AllowList.UpdateVariable"/> is set. Each scenario test class
/// calls it when it finishes, so the last class to finish leaves the complete summary.
/// </summary>
internal static class SummaryWriter
{
    private static readonly Lock Gate = new();

    public static void WriteFromRun()
    {
        if (TckCatalog.Shared is not { } catalog)
        {
            return;
        }

        lock (Gate)
        {
            var outcomes = RunRecorder.Snapshot();
            var summary = TckSummary.Build(catalog.Scenarios, outcomes, AllowList.Shared);
            var now = DateTimeOffset.UtcNow;
            var directory = RepositoryPaths.ArtifactsDirectory;
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "summary.json"), summary.ToJson(now, catalog.Directory));
            File.WriteAllText(Path.Combine(directory, "summary.md"), summary.ToMarkdown(now));

            if (AllowList.UpdateRequested && RepositoryPaths.AllowListPath is { } path)
            {
                var order = catalog.Scenarios.Select(s => s.Id).ToList();
                File.WriteAllText(path, AllowList.Shared.Update(outcomes, order).Render(order));
            }
        }
    }
}

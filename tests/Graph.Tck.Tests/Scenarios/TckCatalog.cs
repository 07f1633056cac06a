using Graph.Tck.Tests.Gherkin;
using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests.Scenarios;

/// <summary>
/// Every expanded scenario of a TCK folder, in file order (features sorted by path). The shared instance
/// reads <see cref="RepositoryPaths.TckDirectory"/> once per test run.
/// </summary>
internal sealed class TckCatalog
{
    private static readonly Lazy<TckCatalog?> SharedLazy = new(() =>
        RepositoryPaths.TckDirectory is { } dir ? Load(dir) : null);

    private readonly Dictionary<string, TckScenario> byId;

    private TckCatalog(string directory, IReadOnlyList<TckScenario> scenarios)
    {
        Directory = directory;
        Scenarios = scenarios;
        byId = new Dictionary<string, TckScenario>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            if (!byId.TryAdd(scenario.Id, scenario))
            {
                throw new FormatException($"two scenarios share the id {scenario.Id}");
            }
        }
    }

    /// <summary>The catalog of the TCK this run uses, or null when no TCK folder was found.</summary>
    public static TckCatalog? Shared => SharedLazy.Value;

    /// <summary>The TCK folder (holding <c>features/</c> and <c>graphs/</c>).</summary>
    public string Directory { get; }

    public IReadOnlyList<TckScenario> Scenarios { get; }

    public static TckCatalog Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var features = Path.Combine(directory, "features");
        var scenarios = new List<TckScenario>();
        var files = System.IO.Directory.GetFiles(features, "*.feature", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var text = File.ReadAllText(Path.Combine(features, relative));
            scenarios.AddRange(ScenarioExpander.Expand(relative, GherkinParser.Parse(text, relative)));
        }

        return new TckCatalog(directory, scenarios);
    }

    public TckScenario? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The path of a named graph's creation script, e.g. <c>graphs/binary-tree-1/binary-tree-1.cypher</c>.</summary>
    public string NamedGraphScript(string name) => Path.Combine(Directory, "graphs", name, name + ".cypher");
}

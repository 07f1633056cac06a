using System.Diagnostics;
using Graph.Cli.Tests.Commands;
using Graph.Seeding.Tests.Support;

namespace Graph.Cli.Tests;

/// <summary>The built <c>graph</c> program, run as a child process the way scripts and CI run it.</summary>
public sealed class GraphProgramTests : IDisposable
{
    private readonly TestSeed _seed = new();

    public void Dispose() => _seed.Dispose();

    private static async Task<(int Exit, string Out, string Err)> RunGraph(params string[] args)
    {
        // The SDK tells child processes where its dotnet host is; a plain `dotnet` on PATH does otherwise.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "graph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Graph_validate_exits_0_on_a_valid_seed_and_1_on_a_broken_one()
    {
        var valid = await RunGraph("validate", _seed.Folder);
        _seed.Edit("nodes/project.csv", 2, ",芯片测试中心,707,", ",芯片测试中心,705,");
        var broken = await RunGraph("validate", _seed.Folder);

        Assert.Equal((0, ValidateCommandTests.TinyReport(_seed.Folder), string.Empty), valid);
        Assert.Equal(1, broken.Exit);
        Assert.Equal(
            $"{_seed.Folder}/nodes/project.csv:2: evidence starts on line 707 of the report, not line 705: '芯片测试中心'\n{_seed.Folder}: 1 problem\n",
            broken.Out);
    }
}

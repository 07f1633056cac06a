using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Graph.Explorer.Tests;

/// <summary>
/// The real service (the built <c>Graph.Api.dll</c>) running as its own process on a free loopback port, with a fresh
/// embedded database in a temporary folder and the full seed from <c>graph-seed/</c>. Its output is kept for failures.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly string dataDirectory;

    private ServiceProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.dataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the service printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}");
    }

    public static async Task<ServiceProcess> StartAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        var metadata = typeof(ServiceProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var dll = Path.Join(root, "src", "Graph.Api", "bin", metadata["Configuration"], metadata["TargetFramework"], "Graph.Api.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The service is not built: {dll}");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("graph-explorer-tests-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            dll, "--urls", $"http://127.0.0.1:{port}",
            "--Graph:DatabasePath", Path.Join(dataDirectory, "graph.db"),
            "--Graph:SeedPath", Path.Join(root, "graph-seed"),
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataDirectory);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        return service;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>Polls <c>/health/ready</c> (or <c>/health/live</c> where there is no readiness check) until it says 200.</summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Loading the full seed takes seconds; on this shared 2-core machine allow a few minutes before giving up.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var path = "health/ready";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                if (response.StatusCode == HttpStatusCode.NotFound && path == "health/ready")
                {
                    path = "health/live";
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy loading; ask again.
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The service did not become ready at {BaseAddress}{path}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Graph.Testing;

/// <summary>
/// The real service (the built <c>Graph.Api.dll</c>) running as its own process on a free loopback port, with a fresh
/// embedded database in a temporary folder and a seed (the full one from <c>graph-seed/</c> unless told otherwise).
/// Its output is kept for failures. A process of its own, so a test can see it crash, and read its memory.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
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

    /// <summary>True while the service process runs.</summary>
    public bool IsRunning => !process.HasExited;

    /// <summary>The exit code once the process has ended.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>
    /// The largest resident set the process has had so far (Linux's VmHWM), in bytes; null where /proc is not there.
    /// </summary>
    public long? PeakResidentBytes => ReadStatusKilobytes("VmHWM:") * 1024;

    /// <summary>The process's resident set now (Linux's VmRSS), in bytes; null where /proc is not there.</summary>
    public long? ResidentBytes => ReadStatusKilobytes("VmRSS:") * 1024;

    /// <summary>
    /// Starts the built service on <paramref name="seedPath"/> (default: the full seed) with extra
    /// <c>--Key value</c> settings (e.g. <c>Graph:Cypher:Timeout</c>), and waits until it serves.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        CancellationToken cancellationToken,
        string? seedPath = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = RepoPaths.Root;
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
            // The program's folder as content root: its appsettings.json and wwwroot/ are the ones a deployment has.
            dll, "--contentRoot", Path.GetDirectoryName(dll)!, "--urls", $"http://127.0.0.1:{port}",
            "--Graph:DatabasePath", Path.Join(dataDirectory, "graph.db"),
            "--Graph:SeedPath", seedPath ?? RepoPaths.FullSeed,
        })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
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

    /// <summary>
    /// Why the graph cannot answer (the store failed at start-up, or never became ready), else null when
    /// <c>/health/ready</c> said 200. The page itself is served either way.
    /// </summary>
    public string? NotReady { get; private set; }

    /// <summary>
    /// Waits for <c>/health/live</c>, then polls <c>/health/ready</c> until it says 200 or reports a start-up failure
    /// (a state that will not change), and keeps the reason in <see cref="NotReady"/>.
    /// </summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // The process serves within seconds; loading the full seed takes seconds more. On this shared 2-core machine
        // allow minutes before giving up.
        await PollAsync(http, "health/live", TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        var (ready, body) = await PollAsync(http, "health/ready", TimeSpan.FromMinutes(3), cancellationToken).ConfigureAwait(false);
        NotReady = ready ? null : body ?? "no answer from /health/ready";
    }

    private async Task<(bool Ok, string? Body)> PollAsync(HttpClient http, string path, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
                last = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (true, last);
                }

                if (last.Contains("failed at start-up", StringComparison.Ordinal))
                {
                    return (false, last);
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

        if (path == "health/live")
        {
            throw new TimeoutException($"The service did not start serving at {BaseAddress}:\n{Output}");
        }

        return (false, last);
    }

    private long? ReadStatusKilobytes(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
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

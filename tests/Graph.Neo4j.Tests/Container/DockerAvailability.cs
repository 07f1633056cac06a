using System.Net.Sockets;

namespace Graph.Neo4j.Tests.Container;

/// <summary>Whether a Docker engine answers here, checked before Testcontainers is touched.</summary>
internal static class DockerAvailability
{
    private const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>Null when a Docker engine accepts connections; otherwise why the container tests cannot run.</summary>
    public static string? WhyNot()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(host))
        {
            return File.Exists(DefaultSocket)
                ? TryUnixSocket(DefaultSocket)
                : $"no Docker engine: DOCKER_HOST is not set and {DefaultSocket} does not exist";
        }

        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            return $"DOCKER_HOST '{host}' is not a URI";
        }

        return uri.Scheme switch
        {
            "unix" => TryUnixSocket(uri.AbsolutePath),
            "tcp" or "http" or "https" => TryTcp(uri.Host, uri.Port),
            _ => $"DOCKER_HOST scheme '{uri.Scheme}' is not supported by this check",
        };
    }

    private static string? TryUnixSocket(string path)
    {
        if (!File.Exists(path))
        {
            return $"no Docker engine: socket {path} does not exist";
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            return null;
        }
        catch (SocketException error)
        {
            return $"no Docker engine: socket {path} refused the connection ({error.SocketErrorCode})";
        }
    }

    private static string? TryTcp(string host, int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(2)) && client.Connected
                ? null
                : $"no Docker engine: {host}:{port} did not answer within 2 s";
        }
        catch (AggregateException error) when (error.InnerException is SocketException socketError)
        {
            return $"no Docker engine: {host}:{port} refused the connection ({socketError.SocketErrorCode})";
        }
    }
}

namespace Graph.Engine.Tests;

/// <summary>
/// Runs test code on a thread of a chosen stack size: 1.5 MB as a pool or request thread has on Linux, or 64 MB as
/// the service's statement workers have, so a test sees the stack the code meets in production.
/// </summary>
internal static class ThreadWithStack
{
    public const int RequestThread = 1536 * 1024;

    public const int Worker = 64 << 20;

    /// <summary>Runs <paramref name="action"/> and returns what it threw, or null.</summary>
    public static Exception? Run(int stackBytes, Action action)
    {
        Exception? thrown = null;
        var thread = new Thread(() => thrown = Record.Exception(action), stackBytes);
        thread.Start();
        thread.Join();
        return thrown;
    }
}

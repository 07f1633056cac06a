namespace Graph.Cli;

/// <summary>Reports on the working thread (<see cref="Progress{T}"/> would post to the thread pool and draw late).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

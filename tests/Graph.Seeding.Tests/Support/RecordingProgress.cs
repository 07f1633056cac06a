namespace Graph.Seeding.Tests.Support;

/// <summary>Collects progress reports synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
internal sealed class RecordingProgress<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}

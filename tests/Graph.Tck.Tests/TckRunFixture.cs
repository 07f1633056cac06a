using Graph.Tck.Tests.Running;

namespace Graph.Tck.Tests;

/// <summary>Writes the run summary when a scenario test class finishes.</summary>
public sealed class TckRunFixture : IDisposable
{
    public void Dispose() => SummaryWriter.WriteFromRun();
}

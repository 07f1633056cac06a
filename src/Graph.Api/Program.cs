using Graph.Api.Explorer;
using Graph.Api.Hosting;
using Graph.Core.Errors;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddGraphApi();

var app = builder.Build();
app.UseGraphErrors();
app.MapExplorer();
app.MapGraphApi();
app.MapGraphDocsAndHealth();
try
{
    app.Run();
    return 0;
}
catch (Exception thrown) when (thrown.GetBaseException() is CorruptStoreException or StorageException or StoreUnavailableException
    && typeof(Program).Assembly == System.Reflection.Assembly.GetEntryAssembly())
{
    var e = thrown.GetBaseException();
    // A database that is damaged, emptied, of another format or held by another process: the store factory has
    // logged it as critical; end with the reason and a failure code, not an unhandled exception's abort and trace.
    // Only when this is the program: a test host (WebApplicationFactory) runs this Main too and expects the throw.
    Console.Error.WriteLine($"graph: the service did not start: {e.Message}");
    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program
{
}

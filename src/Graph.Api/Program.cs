using Graph.Api.Explorer;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapExplorer();
app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program
{
}

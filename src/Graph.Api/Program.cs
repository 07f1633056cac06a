using Graph.Api.Explorer;
using Graph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddGraphApi();

var app = builder.Build();
app.UseGraphErrors();
app.MapExplorer();
app.MapGraphApi();
app.MapGraphDocsAndHealth();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program
{
}

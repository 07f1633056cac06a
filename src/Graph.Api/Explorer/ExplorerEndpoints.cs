using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Explorer;

/// <summary>
/// Serves the web explorer (built from <c>src/Graph.Explorer</c> into <c>wwwroot/</c>): its page at <c>/</c> to
/// browsers, which ask for <c>text/html</c>, and its bundle as static files. Everyone else asking <c>/</c> — Neo4j's
/// HTTP clients, <c>curl</c> with <c>*/*</c> — falls through to the discovery document, so both share one address.
/// </summary>
internal static partial class ExplorerEndpoints
{
    private const string Page = "index.html";

    /// <summary>Adds the explorer's page and static files to the pipeline.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        var folder = FindBundle(app.Environment);
        IFileProvider files = folder is null ? new NullFileProvider() : new PhysicalFileProvider(folder);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExplorerEndpoints));
        if (folder is null)
        {
            LogBundleMissing(logger);
        }
        else
        {
            LogBundleFound(logger, folder);
        }

        // Only "/" and the page itself go through the page logic; every other request passes straight on, with no
        // per-request closure or state machine (this middleware sits in front of every API call).
        app.Use((context, next) => IsPagePath(context.Request.Path) ? ServePageAsync(context, next, files) : next(context));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The page names the bundle with a content hash in the query; revalidating by ETag keeps it fresh.
            OnPrepareResponse = static ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    private static bool IsPagePath(PathString path) => path == "/" || path == "/" + Page;

    private static async Task ServePageAsync(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var request = context.Request;
        var isRoot = request.Path == "/";
        if (isRoot)
        {
            // One address, two representations: caches must key on Accept.
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.Vary = HeaderNames.Accept;
                return Task.CompletedTask;
            }, context.Response);
        }

        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !AcceptsHtml(request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var page = files.GetFileInfo(Page);
        if (!page.Exists)
        {
            // Not built: the discovery endpoint sends browsers to the API docs instead.
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(page, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>True when the client names <c>text/html</c> (browsers do); a bare <c>*/*</c> does not count.</summary>
    private static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var type in request.GetTypedHeaders().Accept)
        {
            if ((type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                    || type.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
                && type.Quality is not 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The folder holding the built page: the web root (<c>dotnet run --project src/Graph.Api</c>), the content root's
    /// <c>wwwroot</c>, or <c>wwwroot</c> beside the program (a published copy).
    /// </summary>
    private static string? FindBundle(IWebHostEnvironment environment)
    {
        string?[] candidates =
        [
            environment.WebRootPath,
            Path.Join(environment.ContentRootPath, "wwwroot"),
            Path.Join(AppContext.BaseDirectory, "wwwroot"),
        ];
        return candidates.FirstOrDefault(dir => !string.IsNullOrEmpty(dir) && File.Exists(Path.Join(dir, Page)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Explorer page not built (no wwwroot/index.html): run `npm ci && npm run build` in src/Graph.Explorer")]
    private static partial void LogBundleMissing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Explorer served from {Folder}")]
    private static partial void LogBundleFound(ILogger logger, string folder);
}

using Graph.Api.Configuration;
using Graph.Api.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// Refuses a declared Content-Length over <c>Graph:MaxRequestBodyBytes</c> with 413 before any endpoint reads it, and
/// sets the server's own limit to the same number so an undeclared (chunked) body is cut off there too.
/// </summary>
internal static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IOptions<GraphOptions>>().Value.MaxRequestBodyBytes;
        return app.Use((context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                throw new RequestTooLargeException(limit);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }
}

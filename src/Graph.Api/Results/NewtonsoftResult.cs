using System.Text;
using Newtonsoft.Json;

namespace Graph.Api.Results;

/// <summary>
/// A response written with Newtonsoft's writer, as the Query API codec writes. The JSON is built in memory first:
/// the codec writes synchronously, and Kestrel allows only asynchronous writes to the response.
/// </summary>
public sealed class NewtonsoftResult(int statusCode, string contentType, Action<JsonWriter> write) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream();
        await using (var text = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
        {
            using var writer = new JsonTextWriter(text);
            write(writer);
        }

        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}
